"""On an event's edit page: how many have registered, without who."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class RegistrationCountsPanel(Panel):
    """Confirmed, waiting and cancelled registrations of the event being edited. Counts
    only, so every editor of the event may see them; the names and addresses are for
    whoever may view registrations (the member administration), linked from here."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "agenda/admin/registration_counts_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            event = self.instance
            context["counts"] = event.registrations.counts() if event.pk else None
            if event.pk and self.request.user.has_perm("agenda.view_eventregistration"):
                context["listing_url"] = f"{reverse('event_registrations:index')}?event={event.pk}"
            return context
