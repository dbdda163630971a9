from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines and link previews see: metadata, JSON-LD, sitemap, robots,
    and the old site's addresses as redirects."""

    name = "sociaalwerk.seo"
    label = "seo"
    verbose_name = _("Search engines")
