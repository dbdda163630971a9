"""The query parameters a page used to render itself, recorded on the request.

Listings read ``page``, ``thema`` and ``jaar`` from the query string and fall back on
something valid for what they cannot use: a page number past the end shows the last
page, an unknown theme or year shows every article. They record here what they did use,
so that code core does not know (the page cache) can tell the one address of what is
shown from an address with junk in it. A page that records nothing used no parameter.
"""

ATTRIBUTE = "used_query"


def record(request, **values):
    """Note the values the page used for these parameters; None is the default (the
    first page, no filter), which the page's address leaves out."""
    used = dict(of(request))
    for name, value in values.items():
        if value is None:
            used.pop(name, None)
        else:
            used[name] = str(value)
    setattr(request, ATTRIBUTE, used)


def of(request):
    """What the page used: parameter name → value as text in the address."""
    return getattr(request, ATTRIBUTE, {})
