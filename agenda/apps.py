from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from agenda.listing import agenda_url, upcoming_events
        from agenda.signal_handlers import register_signal_handlers
        from agenda.subscriptions import calendars_of
        from sociaalwerk.core import events

        # The agenda block on theme and home pages (core) lists these events, and the
        # agenda page and theme pages offer these calendars (core's feed tags).
        events.register(
            upcoming=upcoming_events, overview_url=agenda_url, calendars_of=calendars_of
        )
        register_signal_handlers()
