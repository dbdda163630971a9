"""Small helpers for listings: page links that keep the filters."""

from django import template

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
