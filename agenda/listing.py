"""The upcoming events as the agenda block on theme and home pages lists them."""

from urllib.parse import urlencode

from django.utils import timezone

from agenda.models import AgendaIndexPage, EventPage


def upcoming_events(theme=None, count=3):
    """The next ``count`` live events (of ``theme`` if given), soonest first, and the
    moment that list changes: when a shown event starts (it reads "under way") or ends
    (it leaves, and the next one comes in)."""
    now = timezone.now()
    events = EventPage.objects.for_listing().upcoming(now)
    if theme is not None:
        events = events.of_theme(theme)
    shown = list(events[:count])
    moments = [event.starts_at if event.starts_at > now else event.ends_at for event in shown]
    return shown, min(moments, default=None)


def agenda_url(theme=None, request=None):
    """The agenda's address, filtered on ``theme`` if given; None without an agenda."""
    agenda = AgendaIndexPage.objects.live().first()
    if agenda is None:
        return None
    url = agenda.get_url(request)
    return f"{url}?{urlencode({'thema': theme.slug})}" if theme is not None else url
