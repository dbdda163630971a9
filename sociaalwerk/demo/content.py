"""The demo site: the page tree of the real site, filled with the seed texts."""

from sociaalwerk.core.models import FooterLink, SiteSettings, StandardPage
from sociaalwerk.demo import seeds
from sociaalwerk.demo.tree import Tree


def load():
    """Build the demo tree; return how many items were created (0 on a second run)."""
    tree = Tree()
    home = tree.home(seeds.SITE_NAME)
    if not home.intro:
        home.intro = seeds.HOME_INTRO
        home.save_revision().publish()
        tree.created += 1
    membership = tree.child(home, StandardPage(show_in_menus=True, **seeds.MEMBERSHIP_PAGE))
    contact = tree.child(home, StandardPage(show_in_menus=True, **seeds.CONTACT_PAGE))
    tree.child(home, StandardPage(**seeds.PRIVACY_PAGE))
    load_site_settings(tree, home, footer_pages=[membership, contact])
    return tree.created


def load_site_settings(tree, home, footer_pages):
    """Address and footer links, set once; later edits by the bureau are kept."""
    site_settings = SiteSettings.for_site(home.get_site())
    if site_settings.footer_links.exists():
        return
    for field, value in seeds.SITE_SETTINGS.items():
        setattr(site_settings, field, value)
    site_settings.footer_links = [FooterLink(page=page) for page in footer_pages]
    site_settings.save()
    tree.created += 1
