"""Repeated searches answered from the cache until public content changes.

What is stored is what ranking produced, a ``RankedPage``: the ids of one page of
results, its number and how many pages matched (and, for visitors who are not members,
the members-only articles whose title matched); a few hundred bytes. Not the rendered
HTML: that also shows the site frame, the editors' promoted results (which no publish
marks as changed) and the words as the visitor typed them, so it would need more tags
and a copy per spelling. Turning the ids into the page costs a few primary-key queries.

Freshness is the page cache's (``page_cache.store``), not a scheme of its own: an entry
shows the tags ``PAGES``, which every publish, unpublish, move and deletion of a page
bumps, and ``SITE``, which a change of view restrictions (what is public) bumps; it is
stored under the clock read *before* the search ran, so a publish during a search
leaves nothing stale behind, and it is on only while the page cache is.

Bounded, so that random queries cannot fill the cache: only queries of at most
``MAX_CACHED_QUERY_LENGTH`` characters, each entry for ``SEARCH_CACHE_SECONDS`` at most,
and only the page that was asked for (``?page=999`` answers with the last page, which
is not stored under 999).
"""

import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from modelsearch.utils import normalise_query_string

from sociaalwerk.core import members_only
from sociaalwerk.page_cache import store
from sociaalwerk.page_cache.tags import PAGES, SITE

# Entries are pickled ``RankedPage`` objects: change the prefix when that class changes.
# Under the page cache's own prefix, so that each process keeps copies of repeated
# searches as it does of pages (page_cache/local_copies.py).
KEY_PREFIX = store.KEY_PREFIX + "search:v2:"
# Nearly every real query is shorter; longer ones are searched but not kept.
MAX_CACHED_QUERY_LENGTH = 60
TAGS = (PAGES, SITE)


@dataclass(frozen=True)
class RankedPage:
    ids: tuple
    number: int
    count: int
    # For a visitor who is not a member, on the first page: the members-only articles
    # whose title matches, shown apart (``search.views.members_only_matches``).
    members_only_ids: tuple = ()


def enabled():
    return store.enabled() and settings.SEARCH_CACHE_SECONDS > 0


def key(query, kind, theme, page_number, audience=members_only.VISITORS):
    """Where the search for ``query`` (kind, theme: as the form cleaned them; the page
    number as asked for; who searched: members find more, ``core.members_only``) is
    kept, or None if it is not to be kept."""
    if not enabled() or len(query) > MAX_CACHED_QUERY_LENGTH:
        return None
    identity = [
        normalise_query_string(query),
        kind or "",
        theme.slug if theme else "",
        page_number,
        audience,
    ]
    return KEY_PREFIX + hashlib.sha256(json.dumps(identity).encode()).hexdigest()


def lookup(key):
    """The fresh ``RankedPage`` kept under ``key``, or None."""
    entry = store.lookup(key) if key else None
    return entry.page if entry else None


def read_clock(key):
    """The clock to store the search under, read before it runs (None if not kept)."""
    return store.read_clock() if key else None


def save(key, clock, ranked, page_number):
    """Keep ``ranked``, found for ``page_number``, if that is the page it holds."""
    if key and clock is not None and page_number == str(ranked.number):
        store.save(key, clock, TAGS, ranked, lifetime=settings.SEARCH_CACHE_SECONDS)
