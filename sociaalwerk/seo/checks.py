"""``manage.py check --deploy``: the absolute addresses the site hands out carry its
real host name, not ``localhost``. Only with ``--deploy``: the check reads the
database, and in development a local address is right."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning

from sociaalwerk.seo.site_address import default_site, is_placeholder_host

HINT = (
    "Set WAGTAILADMIN_BASE_URL to the public address (e.g. https://www.sociaalwerk.nl) "
    "and run `manage.py set_site_address` (README, Deployment)."
)


def check_site_address(app_configs, **kwargs):
    warnings = []
    base_url = settings.WAGTAILADMIN_BASE_URL
    if is_placeholder_host(urlsplit(base_url).hostname):
        warnings.append(
            Warning(
                f"WAGTAILADMIN_BASE_URL is {base_url}: links in e-mails lead nowhere.",
                hint=HINT,
                id="seo.W001",
            )
        )
    site = default_site()
    if site is None:
        return warnings
    if is_placeholder_host(site.hostname):
        warnings.append(
            Warning(
                f"The default site's address is {site.root_url}: canonical links, Open "
                "Graph URLs, the sitemap and the feeds carry it instead of the real domain.",
                hint=HINT,
                id="seo.W002",
            )
        )
    elif settings.SECURE_SSL_REDIRECT and site.port != 443:
        warnings.append(
            Warning(
                f"The default site's address is {site.root_url}, but the site is served "
                "over HTTPS: canonical links and the sitemap point to plain HTTP.",
                hint=HINT,
                id="seo.W003",
            )
        )
    return warnings
