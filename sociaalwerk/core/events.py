"""The events that core's pages show, without core importing the app that owns them.

Theme pages and the home page carry the agenda block (``blocks.AgendaBlock``), but
events live in the agenda app, which imports core. That app registers, in its
``ready()``, the function that lists upcoming events; without it the block is empty.
"""

_upcoming = None


def register(upcoming):
    """``upcoming(theme=None, count=...)`` returns the next events, soonest first,
    and the moment the returned list stops being true (or None)."""
    # One registry per process, filled once in ready().
    global _upcoming
    _upcoming = upcoming


def upcoming(theme=None, count=3):
    """The next ``count`` events (of ``theme`` if given) and when that list changes."""
    if _upcoming is None:
        return [], None
    return _upcoming(theme=theme, count=count)
