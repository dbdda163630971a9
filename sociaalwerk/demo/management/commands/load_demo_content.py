from django.core.management.base import BaseCommand
from django.db import connection, transaction

from sociaalwerk.demo import content
from sociaalwerk.page_cache.signal_handlers import invalidate
from sociaalwerk.page_cache.tags import SITE


class Command(BaseCommand):
    """Fill an empty site with the pages of the real site; safe to run again."""

    help = (
        "Create the demo site from the seed pages of the real site. Idempotent: pages "
        "that exist (by slug) are left as they are, so running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help=(
                "Also add N generated articles (demo-artikel-00000 …), spread over types, "
                "themes and years, for benchmarks. Existing ones are kept, so the same N "
                "twice adds nothing."
            ),
        )
        parser.add_argument(
            "--members",
            type=int,
            default=0,
            metavar="N",
            help=(
                "Also add N generated active member organisations (KvK numbers 91000000 …), "
                "in the cities and provinces of the demo's members, for benchmarks of the "
                "member directory. Existing ones are kept, so the same N twice adds nothing."
            ),
        )

    def handle(self, *args, articles, members, **options):
        with transaction.atomic():
            created = content.load()
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {created} item(s) created.")
            )
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already present; nothing changed."))
        if articles > 0:
            with transaction.atomic():
                generated = content.generate_articles(articles, progress=self.progress)
            self.stdout.write("")
            self.stdout.write(self.style.SUCCESS(f"Generated articles: {generated} created."))
        if members > 0:
            with transaction.atomic():
                generated = content.generate_member_organisations(members)
            self.stdout.write(
                self.style.SUCCESS(f"Generated member organisations: {generated} created.")
            )
        # The pages were made live without Wagtail's publish signals, the members without
        # the directory's: the site frame is on every page, so all of them go stale, and
        # with it what core keeps across requests (the frame, the filter counts).
        invalidate({SITE})
        analyze()

    def progress(self, done, total):
        """A one-line progress bar, rewritten in place at every whole percent."""
        if done != total and done % max(1, total // 100):
            return
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total}", ending="")
        self.stdout.flush()


def analyze():
    """Refresh PostgreSQL's planner statistics of every table, so that the first searches
    after a bulk load are planned on the rows now there, not on the empty tables that
    autovacuum last saw. SQLite keeps no statistics unless asked and plans well without
    them, so it is left as it is."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
