"""The upcoming events as the agenda block on theme and home pages lists them."""

from django.utils import timezone

from agenda.models import EventPage


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
