"""The events that core's pages show, without core importing the app that owns them.

Theme pages and the home page carry the agenda block (``blocks.AgendaBlock``), but
events live in the agenda app, which imports core. That app registers, in its
``ready()``, the function that lists upcoming events; without it the block is empty.
It registers too the calendars (.ics) that pages offer to subscribe to: the whole
agenda on the agenda page, a theme's events on its theme page; the feed links and
the subscription links (``feed_tags``) ask for them here.
"""

from dataclasses import dataclass

_upcoming = None
_calendars = None


@dataclass(frozen=True)
class CalendarFeed:
    """A calendar to subscribe to: its path, its name (in calendar apps and in the
    ``<link>`` title), and the text of the link that offers it."""

    url: str
    title: str
    label: str


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


def register_calendars(calendars_of):
    """``calendars_of(page, site_name, theme=None)`` returns the CalendarFeeds that
    ``page`` offers (and, on a listing filtered by ``theme``, that theme's), without
    queries."""
    global _calendars
    _calendars = calendars_of


def calendars(page, site_name, theme=None):
    """The CalendarFeeds ``page`` offers; none without the agenda app."""
    if _calendars is None:
        return []
    return _calendars(page, site_name, theme=theme)
