from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from members.organisation_import import ImportRefused, import_organisations


class Command(BaseCommand):
    """Create and update member organisations from a CSV file; all rows or none."""

    help = (
        "Import member organisations from a CSV file (UTF-8, with or without BOM; separated "
        "by semicolons or commas; the columns of the admin's export). Known KvK numbers "
        "are updated, new ones created. If any row has an error, every error is listed and "
        "nothing is imported. --dry-run: only report what an import would do."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; save nothing."
        )

    def handle(self, *args, file, dry_run, **options):
        try:
            with open(file, "rb") as csv_file:
                data = csv_file.read()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from None
        try:
            report = import_organisations(data, dry_run=dry_run)
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None
        for line, reason in report.errors:
            self.stderr.write(_("Line %(line)s: %(reason)s") % {"line": line, "reason": reason})
        if report.errors:
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(report.summary()))
