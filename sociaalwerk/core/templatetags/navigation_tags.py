"""Header and footer navigation: read from the site frame's cache, else each in a
fixed number of queries, whatever the site holds."""

from django import template
from wagtail.models import Site

from sociaalwerk.core import routing, site_frame
from sociaalwerk.core.models import FooterLink, SiteSettings

register = template.Library()


def menu_pages(request):
    """The live children of the site's root page that editors marked "show in menus";
    none when no site answers the request (an error page on a site being set up).
    Kept across requests with the rest of the site frame (``site_frame``)."""
    site = Site.find_for_request(request) if request else None
    return site_frame.part(request, "menu", _menu_of) if site else []


def _menu_of(site):
    return list(site.root_page.get_children().live().in_menu())


def _footer_links_of(site):
    return list(FooterLink.objects.filter(settings__site=site).select_related("page"))


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The menu pages, the current one (or its section) marked."""
    request = context.get("request")
    items = menu_pages(request)
    current = context.get("page")
    for item in items:
        item.is_current = current is not None and current.pk == item.pk
        item.is_ancestor = current is not None and current.path.startswith(item.path)
    return {"request": request, "items": items}


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The menu pages, for a page that offers the way back into the site (the 404)."""
    return menu_pages(context.get("request"))


@register.inclusion_tag("navigation/footer.html", takes_context=True)
def site_footer(context):
    """The footer: address and links from the site's SiteSettings; without them when
    no site answers the request (an error page on a site still being set up)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    site_settings = SiteSettings.for_request(request) if site else None
    links = site_frame.part(request, "footer_links", _footer_links_of) if site else []
    return {"request": request, "site_settings": site_settings, "links": links}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The way from the home page to the current page: the pages routing went through
    (at most one query)."""
    page = context["page"]
    ancestors = routing.ancestors(page)
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}
