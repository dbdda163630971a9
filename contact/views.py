"""Contact messages in the admin for "Ledenadministratie", without page permissions."""

from functools import cached_property

from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.models import FormSubmission
from wagtail.permission_policies import ModelPermissionPolicy

from contact.listings import as_text, excerpt
from contact.models import SENDER_FIELD_NAMES, ContactMessage, ContactPage
from sociaalwerk.public_forms.exports import AdminExportMixin


class ContactMessageIndexView(AdminExportMixin, IndexView):
    """The messages, newest first: who sent it (which opens the message), an excerpt of
    each other field of the contact form, and when it came in; exported whole (CSV or
    XLSX), with no cell that runs as a formula."""

    @cached_property
    def data_fields(self):
        """(name, label) of the contact form's fields, without the time."""
        page = ContactPage.objects.first()
        return page.get_data_fields()[1:] if page else []

    @cached_property
    def columns(self):
        # The sender (``list_display``) is the title column, which links to the message.
        return [
            *super().columns,
            *(
                Column(
                    name,
                    label=label,
                    accessor=lambda message, name=name: message_excerpt(message, name),
                )
                for name, label in self.data_fields
                if name not in SENDER_FIELD_NAMES
            ),
            Column("submit_time", label=_("Received"), sort_key="submit_time"),
        ]

    @cached_property
    def list_export(self):
        return ["submit_time", *(name for name, _label in self.data_fields)]

    @cached_property
    def export_headings(self):
        return {"submit_time": _("Received"), **dict(self.data_fields)}

    def to_row_dict(self, item):
        data = item.get_data()
        return {name: data.get(name) for name in self.list_export}


def message_excerpt(message, name):
    return excerpt(message.form_data.get(name))


class ContactMessageInspectView(InspectView):
    """One message whole: when it came in, and each field of the form with its label
    (also a field that the editors have removed from the form since)."""

    def get_fields_context(self):
        received = date_format(timezone.localtime(self.object.submit_time), "DATETIME_FORMAT")
        rows = [(_("Received"), received)]
        data = dict(self.object.form_data)
        for name, label in self.object.page.specific.get_data_fields()[1:]:
            rows.append((label, data.pop(name, "")))
        rows += list(data.items())
        # Escaped, with the line breaks the visitor typed.
        return [
            {"label": label, "value": linebreaksbr(as_text(v), autoescape=True), "component": None}
            for label, v in rows
        ]


class ReadAndDeletePolicy(ModelPermissionPolicy):
    """The permissions of Wagtail's form submissions, of which only "view" and "delete"
    count here: a message is what a visitor sent, and nobody adds or edits one, not even
    a superuser."""

    actions = {"view", "delete"}

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) & self.actions)


class ContactMessageViewSet(ModelViewSet):
    """The stored messages of the contact form; seen by users with the view permission
    of form submissions (the group "Ledenadministratie" and superusers). Every view,
    and the export, shows the contact page's messages only (``ContactMessage``)."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "contactberichten"
    index_view_class = ContactMessageIndexView
    list_display = ["sender"]
    list_filter = ["submit_time"]
    ordering = ["-submit_time"]
    export_filename = "contactberichten"
    inspect_view_enabled = True
    inspect_view_class = ContactMessageInspectView
    # For Wagtail's edit view, which nobody may open (``ReadAndDeletePolicy``).
    form_fields = ["form_data"]
    copy_view_enabled = False
    search_backend_name = None

    @cached_property
    def permission_policy(self):
        return ReadAndDeletePolicy(FormSubmission)


contact_message_viewset = ContactMessageViewSet("contact_messages")
