"""The upcoming events as the agenda block on theme and home pages lists them."""

from urllib.parse import urlencode

from django.utils import timezone

from agenda.models import AgendaIndexPage, EventPage


def upcoming_events(theme=None, count=3):
    """The next ``count`` live events (of ``theme`` if given), soonest first, and the
    moment that list changes: when a shown event starts (it reads "under way") or ends
    (it leaves, and the next one comes in). Without the renditions of their images,
    which the agenda block reads with those of the page's other listings."""
    now = timezone.now()
    events = EventPage.objects.for_listing().prefetch_related(None).upcoming(now)
    if theme is not None:
        events = events.of_theme(theme)
    shown = list(events[:count])
    moments = [event.starts_at if event.starts_at > now else event.ends_at for event in shown]
    return shown, min(moments, default=None)


def agenda_url(theme=None, request=None, shown=()):
    """The agenda's address, filtered on ``theme`` if given; None without an agenda.
    ``shown``: events a listing shows, if any."""
    if shown:
        # Every event stands right under the one agenda (the tree rules), so its address
        # less its last segment is the agenda's: no query for a page that lists events.
        event_url = shown[0].get_url(request)
        url = event_url[: event_url.rstrip("/").rfind("/") + 1]
    else:
        agenda = AgendaIndexPage.objects.live().first()
        if agenda is None:
            return None
        url = agenda.get_url(request)
    return f"{url}?{urlencode({'thema': theme.slug})}" if theme is not None else url
