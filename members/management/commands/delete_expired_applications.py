from django.conf import settings
from django.core.management.base import BaseCommand

from members.models import MembershipApplication


class Command(BaseCommand):
    """Delete applications older than the retention period (privacy, AVG)."""

    help = (
        "Delete membership applications received more than MEMBERSHIP_RETENTION_DAYS "
        "days ago (setting; default 730). Use --dry-run to only count them. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run, **options):
        expired = MembershipApplication.objects.expired()
        days = settings.MEMBERSHIP_RETENTION_DAYS
        if dry_run:
            self.stdout.write(f"{expired.count()} application(s) older than {days} days.")
            return
        deleted, _ = expired.delete()
        self.stdout.write(
            self.style.SUCCESS(f"Deleted {deleted} application(s) older than {days} days.")
        )
