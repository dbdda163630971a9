from django.core.management import call_command
from django.core.management.base import BaseCommand

from sociaalwerk.operations import backups


class Command(BaseCommand):
    help = (
        "Restore the database and the uploaded files from a directory written by "
        "`manage.py backup`. Replaces every table: stop the site first (see README)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="holding database.dump and media.tar.gz")

    def handle(self, *args, directory, **options):
        backups.restore(directory)
        # Pages cached before the restore show content that may no longer be there.
        call_command("clear_page_cache", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Restored from {directory}."))
