"""Idempotent building blocks for the demo content: find a page, or create and publish it."""

from wagtail.models import Page, Site

from sociaalwerk.core.models import HomePage


class Tree:
    """Finds or creates demo pages and counts what it created."""

    def __init__(self):
        self.created = 0

    def home(self, title):
        """The site's HomePage, created once in place of Wagtail's placeholder welcome page."""
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            placeholder = root.get_children().filter(slug="home").first()
            if placeholder is not None and placeholder.specific_class is Page:
                placeholder.delete()
            home = root.add_child(instance=HomePage(title=title, slug="home"))
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.root_page_id != home.pk:
            site = site or Site(is_default_site=True, hostname="localhost", port=80)
            site.site_name = title
            site.root_page = home
            site.save()
        return home

    def child(self, parent, page):
        """The child of ``parent`` with ``page.slug``; ``page`` is published if it is missing.

        An existing page is returned untouched, so that running the demo loader twice
        changes nothing and never overwrites what an editor changed.
        """
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page
