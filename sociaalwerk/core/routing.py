"""Finding the page an address asks for in two queries, where Wagtail's walk down the
tree costs two per segment of the address (the child by its slug, then its specific
type): five for an article, whose address has two.

Why here, as the ``route()`` of the home page where every request of the site starts,
rather than a view or a middleware of our own: Wagtail's serve view then stays as it
is, with its hooks (view restrictions, the page cache's tags), previews, redirects
and the sub-addresses of RoutablePages. Only the walk changes, and it decides as
Wagtail's does:

- the pages whose stored address (``url_path``) begins the requested path are read in
  one query, within the site's own tree;
- they are walked from the top as Wagtail walks the tree: a live RoutablePage whose
  sub-addresses match the rest of the path (a theme's archive) answers it; a page type
  with a ``route()`` of its own is handed the rest; else the walk goes one page down,
  and a segment without a page is a 404;
- the page the path ends at answers as its own type (one more query, which also reads
  the relations its type names in ``select_related_when_routed``, such as the image
  the page shows, that would otherwise cost a query each), and as in Wagtail only if
  it is live.

Wagtail keeps ``url_path`` in step with the slugs when a page is renamed or moved.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

ROUTED_ANCESTORS = "_routed_ancestors"


def route_below(home, request, path_components):
    """Wagtail's ``route()`` for the non-empty ``path_components`` below ``home``."""
    url_paths = [
        home.url_path + "".join(f"{slug}/" for slug in path_components[:end])
        for end in range(1, len(path_components) + 1)
    ]
    pages = Page.objects.descendant_of(home).filter(
        # The slug and depth narrow the rows by index before url_path is compared.
        slug__in=set(path_components),
        depth__range=(home.depth + 1, home.depth + len(path_components)),
        url_path__in=url_paths,
    )
    by_url_path = {page.url_path: page for page in pages}
    above = [home]
    for end, url_path in enumerate(url_paths, start=1):
        page = by_url_path.get(url_path)
        if page is None:
            raise Http404
        rest = path_components[end:]
        if rest and _answers_itself(page, rest):
            return _as_specific(page, above).route(request, rest)
        above.append(page)
    return _as_specific(above.pop(), above).route(request, [])


def ancestors(page):
    """The pages above ``page``, from the home page down (not the tree's root): as the
    walk found them, else in one query (a preview, a page not routed from a home page)."""
    found = getattr(page, ROUTED_ANCESTORS, None)
    return found if found is not None else list(page.get_ancestors().filter(depth__gt=1))


def _answers_itself(page, rest):
    """Whether ``page`` answers the rest of the path itself, before its children."""
    page_class = page.specific_class
    if page_class is None or page_class.route is Page.route:
        return False
    if page_class.route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            page_class.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Http404:
            return False
    return True


def _as_specific(page, above):
    page_class = page.specific_class
    related = getattr(page_class, "select_related_when_routed", ())
    if related:
        specific = page_class._default_manager.select_related(*related).get(pk=page.pk)
    else:
        specific = page.specific
    # Treebeard's get_parent() uses this, as after Wagtail's own walk; the breadcrumbs
    # use the rest.
    specific._cached_parent_obj = above[-1]
    setattr(specific, ROUTED_ANCESTORS, above)
    return specific
