from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from members.models import ContactPerson
from sociaalwerk.editorial.roles import MEMBERS


class Command(BaseCommand):
    """Delete the contact persons of memberships that ended longer ago than the
    retention period, with their accounts (privacy, AVG); a scheduled job (run_jobs)."""

    help = (
        "Delete the contact persons, and their user accounts, of member organisations "
        "whose membership ended more than CONTACT_PERSON_RETENTION_DAYS days ago "
        "(setting; default 365). An account that is staff, superuser or has another role "
        "than member is kept; only its link to the organisation goes. Use --dry-run to "
        "only count them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, dry_run, **options):
        expired = ContactPerson.objects.expired().select_related("user")
        days = settings.CONTACT_PERSON_RETENTION_DAYS
        if dry_run:
            self.stdout.write(
                f"{expired.count()} contact person(s) of memberships that ended over "
                f"{days} days ago."
            )
            return
        accounts = links = 0
        with transaction.atomic():
            for contact_person in expired:
                if has_other_roles(contact_person.user):
                    unlink(contact_person)
                    links += 1
                else:
                    # The contact person row goes with it (on_delete CASCADE).
                    contact_person.user.delete()
                    accounts += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {accounts + links} contact person(s) of memberships that ended over "
                f"{days} days ago: {accounts} with their account, {links} kept as an account "
                "with another role."
            )
        )


def has_other_roles(user):
    """Whether the account serves more than being a contact person: staff (the admin),
    superuser, a group besides the members' group, or a permission of its own. Such an
    account is someone's working login, perhaps for another organisation or for the
    bureau itself; deleting it would lock that person out and lose the history of what
    they did there. The AVG asks only that the tie to the ended membership goes: the
    account's own purpose keeps it."""
    return (
        user.is_staff
        or user.is_superuser
        or user.groups.exclude(name=MEMBERS).exists()
        or user.user_permissions.exists()
    )


def unlink(contact_person):
    """Remove the contact person row and, with it, the account's access as a member."""
    contact_person.user.groups.remove(*contact_person.user.groups.filter(name=MEMBERS))
    contact_person.delete()
