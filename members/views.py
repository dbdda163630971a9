"""The membership applications in the Wagtail admin: list, filter, handle, export."""

import django_filters
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from members.models.applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from members.models.organisations import MemberOrganisation
from members.organisation_admin import from_application_url
from sociaalwerk.public_forms.exports import AdminExportMixin


class ApplicationFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )

    class Meta:
        model = MembershipApplication
        fields = ["status", "created_at"]


class ApplicationIndexView(AdminExportMixin, IndexView):
    """The listing; its CSV and XLSX exports run no formula in any spreadsheet."""


class ApplicationEditView(EditView):
    """Handling an application; an accepted one is made a member ("Lid maken") from
    here, and once made, links to its member organisation."""

    @cached_property
    def header_buttons(self):
        user = self.request.user
        organisation = MemberOrganisation.objects.filter(application=self.object).first()
        if organisation is not None and user.has_perm("members.view_memberorganisation"):
            url = reverse("member_organisations:edit", args=[organisation.pk])
            return [HeaderButton(_("Member organisation"), url=url, icon_name="group")]
        if (
            organisation is None
            and self.object.status == MembershipApplication.Status.ACCEPTED
            and user.has_perm("members.add_memberorganisation")
        ):
            url = from_application_url(self.object)
            return [HeaderButton(_("Make member"), url=url, icon_name="plus")]
        return []


class MembershipApplicationViewSet(ModelViewSet):
    """Staff with the model's permissions see, handle and export applications."""

    model = MembershipApplication
    icon = "group"
    # In the "Lidmaatschap" group (wagtail_hooks), so short: "Aanvragen".
    menu_label = _("Applications")
    url_prefix = "aanmeldingen"
    index_view_class = ApplicationIndexView
    edit_view_class = ApplicationEditView
    filterset_class = ApplicationFilterSet
    list_display = ["organisation_name", "city", "contact_name", "status", "created_at"]
    list_export = [
        "created_at",
        "get_status_display",
        *ORGANISATION_FIELDS,
        *CONTACT_FIELDS,
        "notes",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "lidmaatschapsaanvragen"
    # Searched in the database, not through Wagtail's search index: personal data stays
    # in one table, and leaves with the row when the retention period is over.
    search_backend_name = None
    search_fields = ["organisation_name", "contact_name", "city", "email", "kvk_number"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    # The double-submit guard's token means nothing to the bureau.
    inspect_view_fields_exclude = ["submission_nonce"]
    copy_view_enabled = False


membership_application_viewset = MembershipApplicationViewSet("membership_applications")
