"""Answer anonymous visitors from the page cache; store what tagged views render.

Only GET and HEAD requests without a session cookie, to a URL that ``urls.py`` declared
cacheable (see ``decorators``), are answered from the cache: editors, who are logged
in, always get a fresh page with ``Cache-Control: private``.

The key holds the query parameters that change a page, as the request gives them: the
lookup comes before the page has said which values it can use. So a page is stored
only when the request asked for exactly the values the page used (``core.used_query``);
``?page=99999``, an unknown theme, or ``?page=2`` on a page without pages is answered,
but never stored, so junk values cannot fill the cache with copies.

Pages leave compressed as the browser accepts (``compression``): stored ones from the
Brotli and gzip kept in the cache, the others compressed per request if they hold no
secret.
"""

import functools
import hashlib

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control

from sociaalwerk.core import freshness, used_query
from sociaalwerk.page_cache import compression, store
from sociaalwerk.page_cache.decorators import is_declared

# The query parameters that change what a cached view shows (the listings' filters and
# pages, the member directory's search and province); any other (utm_source, fbclid)
# is left out of the cache key, so a link shared with tracking parameters still hits
# the cache and random parameters cannot flood it.
SIGNIFICANT_PARAMETERS = ("jaar", "maand", "page", "provincie", "q", "thema")


def _significant_parameters(request):
    """The parameters that change a page, in a fixed order; an empty value (the filter
    form's "all themes") is the same as none."""
    return sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name in SIGNIFICANT_PARAMETERS
        for value in values
        if value
    )


@functools.lru_cache(maxsize=4096)
def _is_declared_path(path):
    try:
        return is_declared(resolve(path).func)
    except Resolver404:
        return False


def _cache_key(request):
    parameters = _significant_parameters(request)
    identity = f"{request.scheme}://{request.get_host()}{request.path}?{parameters}"
    return store.ENTRY_KEY_PREFIX + hashlib.sha256(identity.encode()).hexdigest()


def _is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and _is_declared_path(request.path_info)
    )


def _is_storable(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
    )


def _asked_for_what_was_used(request):
    """Whether the request's parameters are exactly the values the page used."""
    return _significant_parameters(request) == sorted(used_query.of(request).items())


def _set_public_headers(response, lifetime):
    cdn_seconds = settings.PAGE_CACHE_CDN_SECONDS
    if lifetime is not None:
        cdn_seconds = min(cdn_seconds, lifetime)
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=cdn_seconds,
        must_revalidate=True,
    )


def _conditional(request, response):
    return get_conditional_response(request, etag=response["ETag"], response=response)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # From META: request.headers copies every header into a new mapping, which costs
        # a hit 6 µs, two thirds of what building its response costs.
        accept_encoding = request.META.get("HTTP_ACCEPT_ENCODING", "")
        key = clock = None
        if store.enabled() and _is_cacheable_request(request):
            key = _cache_key(request)
            entry = store.lookup(key)
            if entry is not None:
                response = _conditional(request, entry.page.response(accept_encoding))
                # Tells a hit from a render, for `make bench` and whoever debugs a page.
                response["X-Cache"] = "hit"
                return response
            clock = store.read_clock()

        response = self.get_response(request)

        tags = getattr(request, "page_cache_tags", None)
        # Seconds until the page changes by itself (an event it lists starts or ends).
        lifetime = freshness.seconds_left(request)
        if (
            tags is None
            or key is None
            or lifetime == 0
            or not _is_storable(response)
            or not _asked_for_what_was_used(request)
        ):
            # Forms, pages for logged-in editors, errors, junk values: for this visitor only.
            if tags is not None or "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_cache=True)
            return compression.compress_uncached(request, response)

        _set_public_headers(response, lifetime)
        page = compression.CompressedPage.of(response)
        if clock is not None:
            store.save(key, clock, tags, page, lifetime)
        return _conditional(request, page.response(accept_encoding))
