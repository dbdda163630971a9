"""The site's public address: the host name and port of Wagtail's default Site, from
which canonical links, Open Graph URLs, the sitemap and the feeds are made absolute
(``Site.root_url``), and ``WAGTAILADMIN_BASE_URL``, from which the links in e-mails are."""

from django.db import DatabaseError
from wagtail.models import Site

# Host names no visitor reaches the site by: Wagtail's default Site is "localhost",
# Django's example.com; development runs on 127.0.0.1.
PLACEHOLDER_HOSTS = (
    "localhost",
    "127.0.0.1",
    "::1",
    "0.0.0.0",  # noqa: S104 - a name to recognise, not an address to bind
    "example.com",
    "example.org",
    "example.net",
)


def is_placeholder_host(hostname):
    """Whether ``hostname`` is a local or example name rather than the site's domain."""
    hostname = (hostname or "").lower().strip("[]").rstrip(".")
    return not hostname or any(
        hostname == name or hostname.endswith(f".{name}") for name in PLACEHOLDER_HOSTS
    )


def default_site():
    """Wagtail's default Site; None when the database cannot tell (absent, not migrated)."""
    try:
        return Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return None
