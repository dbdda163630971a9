"""Whole-page cache for anonymous visitors, kept fresh by tags.

Whole pages rather than fragments: a hit costs two cache reads and no SQL at all,
where fragment caching would still route every request through Wagtail's page tree.

Each cacheable response names the tags of what it shows (``SITE`` for the menu and
footer every page has, ``page_tag(id)`` for a page's own content, ``ARTICLES`` for
listings of articles, ...); ``cache_invalidation`` bumps the tags a change touches.
Tag versions are values of one counter in the cache. A response is stored with the
counter as it stood *before* the view read the database, and is served only while
none of its tags has a newer version, so a publish that lands while a page renders
makes that rendering stale at once. A tag the cache has lost counts as bumped, and
re-created tags start at the counter's current value, so eviction never brings a
stale page back.

Only GET and HEAD requests without a session cookie are answered from the cache:
editors, who are logged in, always get a fresh page with ``Cache-Control: private``.
Views opt in with ``CachedPageMixin`` (pages) or ``cached_view`` (other views);
everything else, forms above all, is never stored.
"""

import functools
import hashlib
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control

logger = logging.getLogger(__name__)

SITE = "site"
PAGES = "pages"
ARTICLES = "articles"
THEMES = "themes"

# The query parameters that change what a cached view shows; any other (utm_source,
# fbclid) is left out of the cache key, so a link shared with tracking parameters
# still hits the cache and random parameters cannot flood it.
SIGNIFICANT_PARAMETERS = ("jaar", "page", "thema")

CLOCK_KEY = "page-cache:clock"
UNCACHED_PATH_PREFIXES = ("/admin/", "/documenten/", "/zoeken/")


def page_tag(page_id):
    return f"page:{page_id}"


def _tag_key(tag):
    return f"page-cache:tag:{tag}"


@dataclass(frozen=True)
class Entry:
    clock: int
    tags: tuple
    status: int
    headers: tuple
    content: bytes

    def is_fresh(self, versions):
        """Whether no tag is newer than the entry; ``versions`` maps tag keys to versions."""
        return all(versions.get(_tag_key(tag), self.clock + 1) <= self.clock for tag in self.tags)

    def response(self):
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response.headers[name] = value
        return response


# The tags each address had when last looked up, per process (a bounded memo): with
# them, the entry and the versions of its tags come in one round trip, not two.
_tags_of_address = {}
MEMO_SIZE = 10_000


def _lookup(key):
    """The fresh entry stored under ``key``, or None."""
    tags = _tags_of_address.get(key)
    if tags is None:
        entry = cache.get(key)
        versions = {} if entry is None else cache.get_many(map(_tag_key, entry.tags))
    else:
        versions = cache.get_many([key, *map(_tag_key, tags)])
        entry = versions.pop(key, None)
        if entry is not None and entry.tags != tags:
            versions = cache.get_many(map(_tag_key, entry.tags))
    if entry is None:
        return None
    if len(_tags_of_address) >= MEMO_SIZE:
        _tags_of_address.clear()
    _tags_of_address[key] = entry.tags
    return entry if entry.is_fresh(versions) else None


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def invalidate(tags):
    """Mark everything showing any of ``tags`` as stale, once the transaction commits.

    After the commit, not before: a page rendered between the bump and the commit
    would otherwise be stored with the old content under the new versions.
    """
    tags = sorted(set(tags))
    if tags:
        transaction.on_commit(lambda: _bump(tags))


def _bump(tags):
    _start_clock()
    try:
        version = cache.incr(CLOCK_KEY)
    except ValueError:  # the cache dropped the counter a moment ago
        version = None
    if version is None:
        logger.error("Page cache: could not mark %s as changed", ", ".join(tags))
        return
    cache.set_many({_tag_key(tag): version for tag in tags}, timeout=None)


def _start_clock():
    # Nanoseconds since the epoch: larger than any version handed out before, should
    # the cache have lost the counter.
    cache.add(CLOCK_KEY, time.time_ns(), timeout=None)


def _read_clock():
    clock = cache.get(CLOCK_KEY)
    if clock is None:
        _start_clock()
        clock = cache.get(CLOCK_KEY)
    return clock


def tag_request(request, tags):
    """Let the response to ``request`` be cached, as showing ``tags`` (and the site)."""
    request.page_cache_tags = frozenset(tags) | {SITE}


class CachedPageMixin:
    """For page types that look the same to every anonymous visitor.

    ``cache_tags`` names what the page shows besides itself and the site frame.
    Password-protected pages never reach ``serve`` for visitors who have not passed,
    and those who have carry a session cookie, so restricted content is not stored.
    """

    cache_tags = ()

    def serve(self, request, *args, **kwargs):
        tag_request(request, {page_tag(self.pk), *self.cache_tags})
        return super().serve(request, *args, **kwargs)


def cached_view(*tags):
    """Decorator for a view whose response depends only on its URL and ``tags``."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            tag_request(request, tags)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def _cache_key(request):
    parameters = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name in SIGNIFICANT_PARAMETERS
        for value in values
    )
    identity = f"{request.scheme}://{request.get_host()}{request.path}?{parameters}"
    return "page-cache:page:" + hashlib.sha256(identity.encode()).hexdigest()


def _is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(UNCACHED_PATH_PREFIXES)
    )


def _is_storable(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
    )


def _set_public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=settings.PAGE_CACHE_CDN_SECONDS,
        must_revalidate=True,
    )
    response["ETag"] = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'


class PageCacheMiddleware:
    """Answer anonymous visitors from the cache; store what tagged views render."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = clock = None
        if enabled() and _is_cacheable_request(request):
            key = _cache_key(request)
            entry = _lookup(key)
            if entry is not None:
                return self._conditional(request, entry.response())
            clock = _read_clock()

        response = self.get_response(request)

        tags = getattr(request, "page_cache_tags", None)
        if tags is None or key is None or not _is_storable(response):
            # Forms, pages for logged-in editors, errors: for this visitor only.
            if tags is not None or "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_cache=True)
            return response

        _set_public_headers(response)
        if clock is not None:
            self._store(key, clock, tags, response)
        return self._conditional(request, response)

    @staticmethod
    def _store(key, clock, tags, response):
        tag_keys = {_tag_key(tag) for tag in tags}
        for tag_key in tag_keys - cache.get_many(tag_keys).keys():
            cache.add(tag_key, clock, timeout=None)
        entry = Entry(
            clock=clock,
            tags=tuple(sorted(tags)),
            status=response.status_code,
            headers=tuple(response.headers.items()),
            content=response.content,
        )
        cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)

    @staticmethod
    def _conditional(request, response):
        return get_conditional_response(request, etag=response["ETag"], response=response)
