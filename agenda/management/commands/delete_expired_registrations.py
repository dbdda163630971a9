from django.conf import settings
from django.core.management.base import BaseCommand

from agenda.models import EventRegistration


class Command(BaseCommand):
    """Delete registrations of events that ended longer ago than the retention period
    (privacy, AVG); a scheduled job (run_jobs)."""

    help = (
        "Delete the registrations of events that ended more than "
        "EVENT_REGISTRATION_RETENTION_DAYS days ago (setting; default 365). Use --dry-run "
        "to only count them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run, **options):
        expired = EventRegistration.objects.expired()
        days = settings.EVENT_REGISTRATION_RETENTION_DAYS
        if dry_run:
            self.stdout.write(
                f"{expired.count()} registration(s) of events that ended over {days} days ago."
            )
            return
        deleted, _ = expired.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {deleted} registration(s) of events that ended over {days} days ago."
            )
        )
