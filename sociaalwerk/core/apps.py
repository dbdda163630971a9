from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What several page types share: home, themes, articles, blocks, site settings."""

    name = "sociaalwerk.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from sociaalwerk.core import cache_invalidation

        cache_invalidation.connect()
