"""Event registrations in the Wagtail admin: per event, with status; exported safely.

Only whoever has the view permission of registrations sees them (the member
administration, and superusers). Nobody adds, changes or deletes one here: attendees
register and cancel themselves, which keeps the places and the waiting list right,
and registrations leave with the retention period.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from agenda.models import EventPage
from agenda.models.registrations import ATTENDEE_FIELDS, EventRegistration
from sociaalwerk.public_forms.exports import AdminExportMixin


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewing for those with the view permission; no other action for anyone."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"),
        queryset=EventPage.objects.filter(registration=EventPage.Registration.ON_SITE).order_by(
            "-starts_at"
        ),
    )

    class Meta:
        model = EventRegistration
        fields = ["event", "status"]


class RegistrationIndexView(AdminExportMixin, IndexView):
    """The listing, with the counts of the event filtered on; its CSV and XLSX exports
    run no formula in any spreadsheet."""

    queryset = EventRegistration.objects.select_related("event")
    results_template_name = "agenda/admin/registration_results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.filters.is_valid() and (event := self.filters.form.cleaned_data.get("event")):
            context["event_counts"] = (event, event.registrations.counts())
        return context


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    icon = "date"
    # Short enough for the sidebar, which cuts off "Aanmeldingen activiteiten".
    menu_label = _("Registrations")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "aanmeldingen-activiteiten"
    index_view_class = RegistrationIndexView
    filterset_class = RegistrationFilterSet
    list_display = ["name", "organisation", "email", "event", "status", "created_at"]
    list_export = ["event", "get_status_display", "created_at", *ATTENDEE_FIELDS]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "aanmeldingen-activiteiten"
    # Searched in the database, not through Wagtail's search index: personal data stays
    # in one table, and leaves with the row when the retention period is over.
    search_backend_name = None
    search_fields = ["name", "organisation", "email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    # The double-submit guard's token means nothing to the bureau.
    inspect_view_fields_exclude = ["submission_nonce"]
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return ViewOnlyPermissionPolicy(self.model)


event_registration_viewset = EventRegistrationViewSet("event_registrations")
