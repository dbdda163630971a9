"""The events that core's pages show, without core importing the app that owns them.

Theme pages and the home page carry the agenda block (``blocks.AgendaBlock``), but
events live in the agenda app, which imports core. That app registers, in its
``ready()``, how to list upcoming events and where the whole agenda is; without it
the block is empty.
"""

_registry = {}


def register(*, upcoming, overview_url):
    """``upcoming(theme=None, count=...)`` returns the next events, soonest first, and
    the moment that list stops being true (or None); ``overview_url(theme, request)``
    the address of the agenda (of ``theme``, if given), or None."""
    _registry.update(upcoming=upcoming, overview_url=overview_url)


def upcoming(theme=None, count=3):
    """The next ``count`` events (of ``theme`` if given) and when that list changes."""
    if "upcoming" not in _registry:
        return [], None
    return _registry["upcoming"](theme=theme, count=count)


def overview_url(theme=None, request=None):
    """The address of the agenda, filtered on ``theme`` if given, or None."""
    if "overview_url" not in _registry:
        return None
    return _registry["overview_url"](theme=theme, request=request)
