from django.core.management.base import BaseCommand

from sociaalwerk.page_cache.signal_handlers import invalidate
from sociaalwerk.page_cache.tags import SITE


class Command(BaseCommand):
    help = (
        "Mark every cached page as stale. Publishing does this by itself; run it after "
        "changing content outside Wagtail (a bulk import, a restored backup)."
    )

    def handle(self, *args, **options):
        invalidate({SITE})
        self.stdout.write(self.style.SUCCESS("Every cached page will be rendered anew."))
