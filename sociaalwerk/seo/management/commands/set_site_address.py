from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.http.request import validate_host

from sociaalwerk.seo.site_address import default_site, is_placeholder_host

DEFAULT_PORTS = {"https": 443, "http": 80}


class Command(BaseCommand):
    """Give Wagtail's default Site the public host name and port of the site."""

    help = (
        "Set the host name and port of the default site, from which canonical links, "
        "Open Graph URLs, the sitemap and the feeds are made absolute. The address is "
        "WAGTAILADMIN_BASE_URL unless given. Run it at every deploy; it is idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "address",
            nargs="?",
            help="The public address, e.g. https://www.sociaalwerk.nl "
            "(default: WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, address=None, **options):
        address = address or settings.WAGTAILADMIN_BASE_URL
        hostname, port = self.host_and_port(address)
        site = default_site()
        if site is None:
            raise CommandError("There is no default site: run `manage.py migrate` first.")
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()  # its signal refreshes the cached pages
        self.stdout.write(self.style.SUCCESS(f"The site's address is {site.root_url}."))
        if not validate_host(hostname, settings.ALLOWED_HOSTS):
            self.stdout.write(
                self.style.WARNING(f"{hostname} is not in ALLOWED_HOSTS: add it there too.")
            )

    def host_and_port(self, address):
        parts = urlsplit(address)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise CommandError(f"{address!r} is no address like https://www.sociaalwerk.nl.")
        if is_placeholder_host(parts.hostname):
            raise CommandError(
                f"{parts.hostname} is no public host name: give the site's address, "
                "or set WAGTAILADMIN_BASE_URL."
            )
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        # Wagtail writes https:// for port 443 only, http:// for any other port.
        if parts.scheme == "https" and port != 443:
            raise CommandError("An https address must use port 443.")
        return parts.hostname.lower(), port
