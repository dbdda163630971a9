"""The dashboard panel of registrations: for each coming event with registration on this
site, the places taken and the waiting list."""

from laces.components import Component

from agenda.models import EventPage
from agenda.models.registrations import status_counts

SHOWN = 10


class EventRegistrationsPanel(Component):
    """Counts only, no personal data, so every role sees them; each event links to its
    registrations for whoever may view them (the member administration)."""

    template_name = "agenda/admin/registrations_dashboard.html"
    order = 96

    def __init__(self, *, can_view_registrations):
        self.can_view_registrations = can_view_registrations

    def get_context_data(self, parent_context=None):
        events = (
            EventPage.objects.filter(registration=EventPage.Registration.ON_SITE)
            .upcoming()
            .annotate(**status_counts("registrations__"))
        )
        return {
            "events": events[:SHOWN],
            "can_view_registrations": self.can_view_registrations,
        }
