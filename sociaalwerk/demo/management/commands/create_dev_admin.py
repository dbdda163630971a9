from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse


class Command(BaseCommand):
    """Create a superuser for local development, once, and say how to log in."""

    help = (
        "Create the development superuser (only with DEBUG on) if no superuser exists, "
        "then print how to log in. An existing account is left unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Username (default: admin).")
        parser.add_argument("--password", default="admin", help="Password (default: admin).")
        parser.add_argument(
            "--url",
            help="Admin address to print (default: the admin under WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, username, password, url, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a development account with DEBUG off.")
        url = url or settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(f"Development account '{username}' exists; left unchanged.")
            hint = f"password: {password}, unless you changed it"
        else:
            user_model.objects.create_superuser(username, "admin@localhost", password)
            self.stdout.write(self.style.SUCCESS(f"Created development account '{username}'."))
            hint = f"password: {password}"
        self.stdout.write(self.style.SUCCESS(f"Log in at {url} as {username} ({hint})."))
