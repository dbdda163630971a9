from .pages import AgendaIndexPage, EventPage, EventTheme
from .registrations import EventRegistration

__all__ = ["AgendaIndexPage", "EventPage", "EventRegistration", "EventTheme"]
