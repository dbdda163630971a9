from .pages import AgendaIndexPage, EventPage, EventTheme

__all__ = ["AgendaIndexPage", "EventPage", "EventTheme"]
