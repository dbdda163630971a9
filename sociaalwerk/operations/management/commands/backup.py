from django.core.management.base import BaseCommand

from sociaalwerk.operations import backups


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into a directory (see README)."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="where database.dump and media.tar.gz are written")

    def handle(self, *args, directory, **options):
        for path in backups.back_up(directory):
            self.stdout.write(f"Written: {path}")
