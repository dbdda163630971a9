import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


class Command(BaseCommand):
    """The worker: runs the scheduled jobs (SCHEDULED_JOBS) every so many seconds."""

    help = (
        "Run the commands in the setting SCHEDULED_JOBS (publish pages whose go-live or "
        "expiry time has come, retry unsent application and registration e-mails, delete "
        "event registrations and contact persons past retention) every --every seconds, "
        "until stopped. --once runs them one time. `make run` starts it beside the server; "
        "in production run it as its own process (or run the commands from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, default=60, help="Seconds between runs (60).")
        parser.add_argument("--once", action="store_true", help="Run the jobs once and stop.")

    def handle(self, *args, every, once, **options):
        while True:
            for name in settings.SCHEDULED_JOBS:
                try:
                    call_command(name, stdout=self.stdout, stderr=self.stderr)
                except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
                    self.stderr.write(f"{name} failed: {error}")
            if once:
                return
            # A long-running loop: let Django drop connections that went stale meanwhile.
            close_old_connections()
            time.sleep(every)
