"""The events that core's pages show, without core importing the app that owns them.

Theme pages and the home page carry the agenda block (``blocks.AgendaBlock``), but
events live in the agenda app, which imports core. That app registers, in its
``ready()``, how to list upcoming events, where the whole agenda is, and the calendars
(.ics) that pages offer to subscribe to: the whole agenda on the agenda page, a theme's
events on its theme page (the feed and subscription links of ``feed_tags`` ask for
them here). Without the agenda app the block is empty and no calendar is offered.
"""

from dataclasses import dataclass

_registry = {}


@dataclass(frozen=True)
class CalendarFeed:
    """A calendar to subscribe to: its path, its name (in calendar apps and in the
    ``<link>`` title), and the text of the link that offers it."""

    url: str
    title: str
    label: str


def register(*, upcoming, overview_url, calendars_of):
    """``upcoming(theme=None, count=...)`` returns the next events, soonest first
    (without the renditions of their images: see ``core.renditions``), and
    the moment that list stops being true (or None); ``overview_url(theme, request,
    shown)`` the address of the agenda (of ``theme``, if given), or None, without a
    query when ``shown`` has events;
    ``calendars_of(page, site_name, theme=None)`` the CalendarFeeds that ``page`` offers
    (and, on a listing filtered by ``theme``, that theme's), without queries."""
    _registry.update(upcoming=upcoming, overview_url=overview_url, calendars_of=calendars_of)


def upcoming(theme=None, count=3):
    """The next ``count`` events (of ``theme`` if given) and when that list changes."""
    if "upcoming" not in _registry:
        return [], None
    return _registry["upcoming"](theme=theme, count=count)


def overview_url(theme=None, request=None, shown=()):
    """The address of the agenda, filtered on ``theme`` if given, or None; ``shown``:
    the events listed with the link, which tell where the agenda is."""
    if "overview_url" not in _registry:
        return None
    return _registry["overview_url"](theme=theme, request=request, shown=shown)


def calendars(page, site_name, theme=None):
    """The CalendarFeeds ``page`` offers; none without the agenda app."""
    if "calendars_of" not in _registry:
        return []
    return _registry["calendars_of"](page, site_name, theme=theme)
