"""The counts an overview's filters offer (each theme and year with how many articles
it finds), kept in the Django cache across requests: they read every article of the
overview (some 18 ms for 3,350 news items), where the page itself reads only the dozen
it shows, so without them an overview's time grows with its archive.

They change when an article or a theme is published, unpublished, moved or deleted,
or what is public changes (view restrictions): where the page cache decides that its
``ARTICLES``, ``THEMES`` and ``SITE`` tags go stale (``page_cache.signal_handlers``),
which calls ``changed()``: a new generation (``core.generations``), counted afresh.
"""

from sociaalwerk.core.generations import Generation

GENERATION = Generation("filter-counts:generation")


def kept(name, build):
    """``build()`` as stored for ``name`` in the current generation, built if missing."""
    return GENERATION.kept(GENERATION.current(), name, build)


def changed():
    """The counts changed (or will have, once the transaction commits)."""
    GENERATION.changed()
