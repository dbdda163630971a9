"""The site frame every page shows (the site settings, the footer's links, the menu),
kept in the Django cache across requests, so that a page does not read it anew.

What changes the frame is decided in one place, where the page cache decides when
its own ``SITE`` tag goes stale (``page_cache.signal_handlers``): the settings or the
footer's links saved, a menu page published, unpublished, moved or renamed,
``show_in_menus`` changed. Those call ``changed()``, which starts a new generation
(``core.generations``): every part is read from the database again.
"""

from wagtail.models import Site

from sociaalwerk.core.generations import Generation

GENERATION = Generation("site-frame:generation")


def part(request, name, build):
    """The part ``name`` of the frame of the request's site: ``build(site)`` as it was
    stored, built and stored when missing. Read once per request."""
    memo = request.__dict__.setdefault("_site_frame", {})
    if "generation" not in memo:
        memo["generation"] = GENERATION.current()
    if name not in memo:
        site = Site.find_for_request(request)
        memo[name] = GENERATION.kept(memo["generation"], f"{site.pk}:{name}", lambda: build(site))
    return memo[name]


def changed():
    """The frame changed (or will have, once the transaction commits)."""
    GENERATION.changed()
