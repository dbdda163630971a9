"""Factories for pages, snippets and settings: the one way tests build content."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from sociaalwerk.core.models import FooterLink, HomePage, SiteSettings, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Sociaal Werk Nederland"
    slug = "start"
    intro = "<p>Welkom bij de branchevereniging.</p>"

    class Meta:
        model = HomePage
        skip_postgeneration_save = True


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "<p>Inleiding.</p>"
    body = "<p>Tekst van de pagina.</p>"

    class Meta:
        model = StandardPage
        skip_postgeneration_save = True


def ensure_root_page():
    """Wagtail's root page and default locale, which migrations create and a flush removes.

    Transactional tests (the browser tests) empty every table after each test.
    """
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="nl")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def build_site(**home_fields):
    """A HomePage that the default Site serves, in place of Wagtail's welcome page."""
    root = ensure_root_page()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    return home


def add_footer_links(site, pages):
    """Footer links to ``pages`` in the site's SiteSettings."""
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_links = [FooterLink(page=page) for page in pages]
    site_settings.save()
    return site_settings
