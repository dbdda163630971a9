from django.core.management.base import BaseCommand
from django.db import transaction

from sociaalwerk.demo import content


class Command(BaseCommand):
    """Fill an empty site with the pages of the real site; safe to run again."""

    help = (
        "Create the demo site from the seed pages of the real site. Idempotent: pages "
        "that exist (by slug) are left as they are, so running it twice changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = content.load()
        if created:
            message = f"Demo content loaded: {created} item(s) created."
            self.stdout.write(self.style.SUCCESS(message))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already present; nothing changed."))
