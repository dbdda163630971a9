from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from agenda.listing import upcoming_events
        from agenda.signal_handlers import register_signal_handlers
        from agenda.subscriptions import calendars_of
        from sociaalwerk.core import events

        # The agenda block on theme and home pages (core) lists these events.
        events.register(upcoming_events)
        # The agenda page and theme pages offer these calendars (core's feed tags).
        events.register_calendars(calendars_of)
        register_signal_handlers()
