from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from agenda.listing import agenda_url, upcoming_events
        from sociaalwerk.core import events

        # The agenda block on theme and home pages (core) lists these events.
        events.register(upcoming=upcoming_events, overview_url=agenda_url)
