from django.core.management.base import BaseCommand

from sociaalwerk.core import page_cache


class Command(BaseCommand):
    help = (
        "Mark every cached page as stale. Publishing does this by itself; run it after "
        "changing content outside Wagtail (a bulk import, a restored backup)."
    )

    def handle(self, *args, **options):
        page_cache.invalidate({page_cache.SITE})
        self.stdout.write(self.style.SUCCESS("Every cached page will be rendered anew."))
