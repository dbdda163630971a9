"""How ``urls.py`` declares which URLs may be answered from the page cache.

Only URLs whose view carries one of these decorators are looked up in the cache:
forms, search, the admin and documents are simply never declared.
"""

import functools

from sociaalwerk.page_cache.tags import SITE


def tag_request(request, tags):
    """Let the response to ``request`` be stored, as showing ``tags`` (and the site)."""
    request.page_cache_tags = frozenset(tags) | {SITE}


def _mark(view):
    view.page_cache = True
    return view


def cached_view(*tags):
    """For a view whose response depends only on its URL and on ``tags``."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            tag_request(request, tags)
            return view(request, *args, **kwargs)

        return _mark(wrapper)

    return decorate


def cached_pages(view):
    """For Wagtail's page serving: each page type says whether and with which tags it
    is stored (``cache_tags``; see ``wagtail_hooks``)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    return _mark(wrapper)


def is_declared(view):
    return getattr(view, "page_cache", False)
