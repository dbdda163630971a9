"""The site frame every page shows (the site settings, the footer's links, the menu),
kept in the Django cache across requests, so that a page does not read it anew.

What changes the frame is decided in one place, where the page cache decides when
its own ``SITE`` tag goes stale (``page_cache.signal_handlers``): the settings or the
footer's links saved, a menu page published, unpublished, moved or renamed,
``show_in_menus`` changed. Those call ``changed()``, which starts a new generation:
every part is read from the database again.

The generation is read before the database, so a part read while a change is being
saved is stored under the generation it read; ``changed()`` moves on once at once and
once more when the change is committed, so that such a part is never read again.
With one local-memory cache per worker process, a change reaches only the process
that made it: production with several workers needs a shared cache (REDIS_URL; the
deploy check ``operations.W001`` says so).
"""

import time

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

GENERATION_KEY = "site-frame:generation"
# Stored parts of older generations are never read again; they expire after this.
SECONDS = 24 * 60 * 60
_MISSING = object()


def part(request, name, build):
    """The part ``name`` of the frame of the request's site: ``build(site)`` as it was
    stored, built and stored when missing. Read once per request."""
    memo = request.__dict__.setdefault("_site_frame", {})
    if "generation" not in memo:
        memo["generation"] = _generation()
    if name not in memo:
        site = Site.find_for_request(request)
        key = f"site-frame:{memo['generation']}:{site.pk}:{name}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = build(site)
            cache.set(key, value, SECONDS)
        memo[name] = value
    return memo[name]


def changed():
    """The frame changed (or will have, once the transaction commits)."""
    _next_generation()
    transaction.on_commit(_next_generation)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        _start()
        # Still None if the cache is down: then nothing is stored anyway.
        generation = cache.get(GENERATION_KEY, time.time_ns())
    return generation


def _next_generation():
    _start()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # dropped a moment ago: the next read starts afresh
        _start()


def _start():
    # Nanoseconds since the epoch: after a lost counter, larger than any generation
    # handed out before, so no part of an old generation is read again.
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
