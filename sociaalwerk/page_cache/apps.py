from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Whole pages for anonymous visitors, kept fresh by tags (see ``store``)."""

    name = "sociaalwerk.page_cache"
    label = "page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        # Imported here: the handlers import models, which exist only once apps are ready.
        from sociaalwerk.page_cache import signal_handlers

        signal_handlers.register_signal_handlers()
