from django.core.management.base import BaseCommand
from django.db import transaction

from sociaalwerk.editorial.roles import setup_roles


class Command(BaseCommand):
    """Create or repair the editors' groups and the approval workflow."""

    help = (
        'Create or repair the groups "Redactie", "Eindredactie" and "Ledenadministratie", '
        "their permissions, and the approval workflow of the article sections. Run it after "
        "the pages exist; it is idempotent."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}."))
