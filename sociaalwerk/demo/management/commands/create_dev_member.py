from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from members.contact_admin import create_contact_person
from members.models import MemberOrganisation


class Command(BaseCommand):
    """Create a contact person for local development, once, and say how to log in."""

    help = (
        "Create the development contact person (only with DEBUG on) of the first active "
        "member organisation, then print how to log in. An existing account is left unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", default="lid@example.org")
        parser.add_argument("--password", default="lid")

    def handle(self, *args, email, password, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a development account with DEBUG off.")
        if get_user_model().objects.filter(username=email).exists():
            self.stdout.write(f"Development contact person '{email}' exists; left unchanged.")
        else:
            organisation = (
                MemberOrganisation.objects.filter(status=MemberOrganisation.Status.ACTIVE)
                .order_by("name")
                .first()
            )
            if organisation is None:
                raise CommandError("No active member organisation: run load_demo_content first.")
            person = create_contact_person(
                organisation, first_name="Lid", last_name="Demo", email=email, role="Directeur"
            )
            person.user.set_password(password)
            person.user.save()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created development contact person '{email}' of {organisation}."
                )
            )
        login = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + settings.LOGIN_URL
        self.stdout.write(
            self.style.SUCCESS(f"Log in at {login} as {email} (password: {password}).")
        )
