from django.core.management.base import BaseCommand

from agenda.registration_mails import retry_pending_mails


class Command(BaseCommand):
    """Retry the e-mails to people who registered for an event that could not be sent;
    a scheduled job (run_jobs)."""

    help = (
        "Send every e-mail about an event registration that has not gone out yet (for "
        "example because the mail server was down): a confirmation, a waiting-list notice "
        "or a place that became free. Safe to run often and from several machines."
    )

    def handle(self, *args, **options):
        sent, failed = retry_pending_mails()
        style = self.style.SUCCESS if not failed else self.style.WARNING
        self.stdout.write(style(f"Registration mails sent: {sent}; still failing: {failed}."))
