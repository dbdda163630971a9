from django.core.management.base import BaseCommand
from django.db import transaction

from sociaalwerk.editorial.roles import kept_wagtail_groups, setup_roles


class Command(BaseCommand):
    """Create or repair the editors' groups and the approval workflow."""

    help = (
        'Create or repair the groups "Redactie", "Eindredactie", "Ledenadministratie" and '
        '"Leden" (members, without any permission), '
        "their permissions, and the approval workflow of the article sections; take every "
        'right on pages from Wagtail\'s groups "Editors" and "Moderators", and delete them '
        "when nobody is in them. Run it after the pages exist; it is idempotent."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}."))
        for group in kept_wagtail_groups():
            self.stdout.write(
                self.style.WARNING(
                    f'Wagtail\'s group "{group.name}" has {group.members} member(s), so it was '
                    "kept, without any right on pages. Give its members one of the roles, "
                    "then run setup_roles again to delete it."
                )
            )
