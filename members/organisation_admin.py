"""The member organisations and municipalities in the Wagtail admin: list, search,
filter, export, edit; and "Lid maken", an organisation made from an accepted application."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from members.addresses import normalise_kvk, normalise_postcode
from members.contact_admin import (
    ContactPersonsView,
    create_contact_person,
    invite,
    invite_view,
    may_manage_contact_persons,
)
from members.models.applications import MembershipApplication
from members.models.organisations import MemberOrganisation, Municipality
from members.organisation_import import HEADING_OF, ImportRefused, import_organisations
from sociaalwerk.public_forms.exports import AdminExportMixin

# The export has the columns of the import (members.organisation_import.COLUMNS), so that
# an exported list, edited in Excel, can be imported again.
EXPORT_FIELDS = {
    "name": "name",
    "kvk_number": "kvk_number",
    "street_address": "street_address",
    "postcode": "postcode",
    "city": "city",
    "chosen_province": "get_province_display",
    "municipalities": "municipality_names",
    "website": "website",
    "member_since": "member_since",
    "status": "get_status_display",
    "ended_on": "ended_on",
}


def model_label(name):
    return capfirst(MemberOrganisation._meta.get_field(name).verbose_name)


class MemberOrganisationForm(WagtailAdminModelForm):
    """Takes the KvK number and postcode as people write them ("1234 5678", "1234ab")
    and stores them as the model wants them."""

    kvk_number = forms.CharField(
        label=model_label("kvk_number"),
        max_length=20,
        help_text=MemberOrganisation._meta.get_field("kvk_number").help_text,
    )
    postcode = forms.CharField(label=model_label("postcode"), max_length=20)

    def clean_kvk_number(self):
        return normalise_kvk(self.cleaned_data["kvk_number"])

    def clean_postcode(self):
        return normalise_postcode(self.cleaned_data["postcode"])


ORGANISATION_PANELS = ObjectList(
    [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("kvk_number"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("postcode"),
                FieldPanel("city"),
                FieldPanel("chosen_province"),
                FieldPanel("municipalities"),
            ],
            heading=_("Address and working area"),
        ),
        MultiFieldPanel(
            [FieldPanel("member_since"), FieldPanel("status"), FieldPanel("ended_on")],
            heading=_("Membership"),
        ),
    ],
    base_form_class=MemberOrganisationForm,
)


class OrganisationFilterSet(WagtailFilterSet):
    class Meta:
        model = MemberOrganisation
        fields = ["province", "status"]


class OrganisationIndexView(AdminExportMixin, IndexView):
    """The listing, with a button to import; its CSV and XLSX exports run no formula in
    any spreadsheet."""

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("municipalities")

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if user_may_import(self.request.user):
            url = reverse("member_organisations:import")
            buttons.append(HeaderButton(_("Import"), url=url, icon_name="upload"))
        return buttons


class OrganisationEditView(EditView):
    """The edit form, with a button to the organisation's contact persons."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if may_manage_contact_persons(self.request.user):
            url = reverse("member_organisations:contact_persons", args=[self.object.pk])
            buttons.append(HeaderButton(_("Contact persons"), url=url, icon_name="user"))
        return buttons


def user_may_import(user):
    return user.has_perms(["members.add_memberorganisation", "members.change_memberorganisation"])


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_('Saved in Excel as "CSV UTF-8", with the columns of the export. At most 2 MB.'),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    dry_run = forms.BooleanField(
        label=_("Only check the file; save nothing"), required=False, initial=True
    )


class OrganisationImportView(WagtailAdminTemplateMixin, FormView):
    """The import (members.organisation_import) for the membership administration: the
    report on the same screen; after a real import without errors, back to the list."""

    template_name = "members/admin/import_organisations.html"
    form_class = ImportForm
    page_title = _("Import member organisations")
    header_icon = "upload"
    # ~540 members take some 100 kB; this is far more, and still read in a moment.
    max_size = 2 * 1024 * 1024

    def dispatch(self, request, *args, **kwargs):
        if not user_may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path,
            submit_button_label=_("Import"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if upload.size > self.max_size:
            form.add_error("file", _("The file is larger than 2 MB."))
            return self.form_invalid(form)
        try:
            report = import_organisations(upload.read(), dry_run=form.cleaned_data["dry_run"])
        except ImportRefused as refusal:
            form.add_error("file", str(refusal))
            return self.form_invalid(form)
        if report.written:
            messages.success(self.request, report.summary())
            return redirect("member_organisations:index")
        return self.render_to_response(self.get_context_data(form=form, report=report))


class OrganisationFromApplicationView(CreateView):
    """ "Lid maken": the form of a new member organisation, filled in from an accepted
    application, which the membership administration checks and saves. The application
    is linked to the organisation, so that it cannot become a member twice."""

    # The application's fields that the organisation has too, under its own names.
    FROM_APPLICATION = {
        "name": "organisation_name",
        "kvk_number": "kvk_number",
        "street_address": "street_address",
        "postcode": "postcode",
        "city": "city",
        "website": "website",
    }

    def dispatch(self, request, *args, application_pk, **kwargs):
        # Before anything of the application shows (Wagtail checks this in super()).
        if not self.user_has_permission("add"):
            raise PermissionDenied
        self.application = get_object_or_404(MembershipApplication, pk=application_pk)
        existing = MemberOrganisation.objects.filter(application=self.application).first()
        if existing is not None:
            messages.warning(
                request,
                gettext("This application has already been made a member: %(name)s.")
                % {"name": existing},
            )
            return redirect(self.edit_url_name, existing.pk)
        if self.application.status != MembershipApplication.Status.ACCEPTED:
            messages.error(request, gettext("Only an accepted application can become a member."))
            return redirect("membership_applications:edit", self.application.pk)
        return super().dispatch(request, *args, **kwargs)

    def get_add_url(self):
        return self.request.path

    def get_initial(self):
        initial = {
            field: getattr(self.application, source)
            for field, source in self.FROM_APPLICATION.items()
        }
        return {**initial, "member_since": timezone.localdate()}

    def get_page_subtitle(self):
        return gettext("Make member: %(name)s") % {"name": self.application}

    template_name = "members/admin/organisation_from_application.html"

    def get_context_data(self, **kwargs):
        # The invitation is ticked until someone unticks it and sends the form.
        invite = self.request.method != "POST" or "invite_contact_person" in self.request.POST
        return super().get_context_data(
            application=self.application, invite_contact_person=invite, **kwargs
        )

    def form_valid(self, form):
        # Sent twice at once, both pass dispatch()'s check; the second save then hits the
        # unique application (or KvK number): a message, not a 500.
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except IntegrityError:
            messages.error(
                self.request,
                gettext("This organisation was saved just now, probably from another window."),
            )
            existing = MemberOrganisation.objects.filter(application=self.application).first()
            if existing is not None:
                return redirect(self.edit_url_name, existing.pk)
            # Another organisation took the KvK number: the form again, with the message.
            return redirect(self.request.path)

    def save_instance(self):
        self.form.instance.application = self.application
        organisation = super().save_instance()
        if "invite_contact_person" in self.request.POST:
            self.invite_contact_person(organisation)
        return organisation

    def invite_contact_person(self, organisation):
        application = self.application
        if get_user_model().objects.filter(username__iexact=application.email.strip()).exists():
            messages.warning(
                self.request,
                gettext("%(email)s has an account already; no invitation was sent.")
                % {"email": application.email},
            )
            return
        first_name, _space, last_name = application.contact_name.strip().partition(" ")
        person = create_contact_person(
            organisation,
            first_name=first_name,
            last_name=last_name,
            email=application.email,
            role=application.contact_role,
            phone=application.phone,
        )
        # After the commit, so that no mail leaves for a save that is rolled back.
        transaction.on_commit(lambda: invite(self.request, person))


class MemberOrganisationViewSet(ModelViewSet):
    """The membership administration keeps the list of member organisations."""

    model = MemberOrganisation
    icon = "group"
    menu_label = _("Organisations")
    url_prefix = "ledenorganisaties"
    edit_handler = ORGANISATION_PANELS
    index_view_class = OrganisationIndexView
    edit_view_class = OrganisationEditView
    filterset_class = OrganisationFilterSet
    list_display = ["name", "city", "province", "status", "member_since"]
    list_export = list(EXPORT_FIELDS.values())
    export_headings = {field: HEADING_OF[name] for name, field in EXPORT_FIELDS.items()}
    export_filename = "ledenorganisaties"
    # Searched in the database: the KvK number is found by its digits, and nothing of
    # the organisations goes into the site search's index.
    search_backend_name = None
    search_fields = ["name", "city", "kvk_number"]
    ordering = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False
    from_application_view_class = OrganisationFromApplicationView

    @property
    def from_application_view(self):
        return self.construct_view(
            self.from_application_view_class,
            **{
                **self.get_add_view_kwargs(),
                "template_name": self.from_application_view_class.template_name,
            },
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("importeren/", OrganisationImportView.as_view(), name="import"),
            path(
                "<int:pk>/contactpersonen/",
                ContactPersonsView.as_view(),
                name="contact_persons",
            ),
            path(
                "<int:pk>/contactpersonen/<int:person_pk>/uitnodigen/",
                invite_view,
                name="invite_contact_person",
            ),
            path(
                "uit-aanvraag/<int:application_pk>/",
                self.from_application_view,
                name="from_application",
            ),
        ]


class MunicipalityViewSet(ModelViewSet):
    """The municipalities that member organisations may work in."""

    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    url_prefix = "gemeenten"
    list_display = ["name", "province"]
    list_filter = ["province"]
    search_backend_name = None
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


member_organisation_viewset = MemberOrganisationViewSet("member_organisations")
municipality_viewset = MunicipalityViewSet("municipalities")


def from_application_url(application):
    return reverse("member_organisations:from_application", args=[application.pk])
