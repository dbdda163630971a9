from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The content model: home, themes, articles, authors, blocks, site settings."""

    name = "sociaalwerk.core"
    label = "core"
    verbose_name = _("Site")
