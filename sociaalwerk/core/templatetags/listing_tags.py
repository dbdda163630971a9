"""Small helpers for listings: page links that keep the filters, the login link of a
members-only item."""

from django import template

from sociaalwerk.core import members_only

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with ``changes`` applied, e.g. ``?thema=x&page=3``.

    The first page is linked without a page number: that is its one address, the one
    search engines are given and the page cache keeps.
    """
    request = context["request"]
    query = request.GET.copy()
    for name, value in changes.items():
        # None drops the parameter: the default, which the address leaves out.
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    if changes.get("page") == 1:
        del query["page"]
    return f"?{query.urlencode()}" if query else request.path


@register.simple_tag
def members_login_url(page):
    """The site's login, returning to ``page`` (a members-only article in a listing)."""
    return members_only.login_url(page.url)
