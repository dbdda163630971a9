"""Whole-page cache for anonymous visitors, kept fresh by tags: the store.

Whole pages rather than fragments: a hit costs one cache read (see lookup) and no SQL,
where fragment caching would still route every request through Wagtail's page tree.

Each cacheable response names the tags of what it shows (``SITE`` for the menu and
footer every page has, ``page_tag(id)`` for a page's own content, and what its page
type declares in ``cache_tags``); ``signal_handlers`` bumps the tags a change touches.
Tag versions are values of one counter in the cache. A response is stored with the
counter as it stood *before* the view read the database, and is served only while
none of its tags has a newer version, so a publish that lands while a page renders
makes that rendering stale at once. A tag the cache has lost counts as bumped, and
re-created tags start at the counter's current value, so eviction never brings a
stale page back.

``middleware`` answers from the store and fills it; ``decorators`` declare which URLs
may be cached.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from sociaalwerk.page_cache import local_copies
from sociaalwerk.page_cache.compression import CompressedPage

logger = logging.getLogger(__name__)

# Every key of the store begins with it (the search's ranked results too).
KEY_PREFIX = "page-cache:"
CLOCK_KEY = KEY_PREFIX + "clock"
# Entries are pickled ``Entry`` objects: the prefix changes whenever that class moves
# or changes, so that no process ever reads an entry of an older shape.
ENTRY_KEY_PREFIX = KEY_PREFIX + "v4:page:"


def _tag_key(tag):
    return f"{KEY_PREFIX}tag:{tag}"


@dataclass(frozen=True)
class Entry:
    clock: int
    tags: tuple
    page: CompressedPage
    # When the page changes by itself (an event it lists starts or ends), as a Unix
    # time; None if only a publish changes it. Checked here, not left to the cache's
    # expiry, which some backends round or apply late.
    expires_at: float | None = None

    def is_fresh(self, versions):
        """Whether no tag is newer than the entry (``versions`` maps tag keys to
        versions) and the page has not changed by itself since it was stored."""
        if self.expires_at is not None and time.time() >= self.expires_at:
            return False
        return all(versions.get(_tag_key(tag), self.clock + 1) <= self.clock for tag in self.tags)


# The tags each address had when last looked up, per process (a bounded memo): with
# them, the entry and the versions of its tags come in one round trip, not two.
_tags_of_address = {}
MEMO_SIZE = 10_000


def lookup(key):
    """The fresh entry stored under ``key``, or None: from this process's copy of an
    earlier lookup while Redis reports no change to what it read (``local_copies``),
    else from the cache."""
    copies = local_copies.current(KEY_PREFIX)
    if copies is None:
        return _read(key)[0]
    kept = copies.get(key)
    if kept is not None and kept[0].is_fresh(kept[1]):
        return kept[0]
    mark = copies.mark()
    entry, versions = _read(key)
    if entry is not None:
        keys = [cache.make_key(key), *map(cache.make_key, versions)]
        copies.keep(key, (entry, versions), keys, mark)
    return entry


def _read(key):
    """The fresh entry under ``key`` and the versions of its tags, or (None, None)."""
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
        return None, None
    if len(_tags_of_address) >= MEMO_SIZE:
        _tags_of_address.clear()
    _tags_of_address[key] = entry.tags
    return (entry, versions) if entry.is_fresh(versions) else (None, None)


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


def read_clock():
    clock = cache.get(CLOCK_KEY)
    if clock is None:
        _start_clock()
        clock = cache.get(CLOCK_KEY)
    return clock


def save(key, clock, tags, page, lifetime=None):
    """Store ``page`` (a ``compression.CompressedPage``; the search keeps its ranked
    results here too) under ``key``, as rendered at ``clock`` and showing ``tags``, for
    ``lifetime`` seconds if the page changes by itself before the cache's own limit."""
    timeout = settings.PAGE_CACHE_SECONDS
    expires_at = None
    if lifetime is not None and lifetime < timeout:
        timeout, expires_at = lifetime, time.time() + lifetime
    tag_keys = {_tag_key(tag) for tag in tags}
    for tag_key in tag_keys - cache.get_many(tag_keys).keys():
        cache.add(tag_key, clock, timeout=None)
    entry = Entry(
        clock=clock,
        tags=tuple(sorted(tags)),
        page=page,
        expires_at=expires_at,
    )
    cache.set(key, entry, timeout=timeout)
