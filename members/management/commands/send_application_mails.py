from django.core.management.base import BaseCommand

from members.emails import retry_pending_mails


class Command(BaseCommand):
    """Retry the e-mails of applications that could not be sent; run it every few minutes."""

    help = (
        "Send the bureau notification and the applicant confirmation of every application "
        "for which they have not gone out yet (for example because the mail server was "
        "down). Safe to run often and from several machines."
    )

    def handle(self, *args, **options):
        sent, failed = retry_pending_mails()
        style = self.style.SUCCESS if not failed else self.style.WARNING
        self.stdout.write(style(f"Applications mailed: {sent}; still failing: {failed}."))
