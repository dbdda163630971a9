from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines and link previews see: metadata, JSON-LD, sitemap, robots,
    and the old site's addresses as redirects."""

    name = "sociaalwerk.seo"
    label = "seo"
    verbose_name = _("Search engines")

    def ready(self):
        # Imported here: the check reads Wagtail's Site, which exists once apps are ready.
        from sociaalwerk.seo.checks import check_site_address

        checks.register(check_site_address, checks.Tags.sites, deploy=True)
