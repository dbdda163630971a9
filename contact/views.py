"""Contact messages in the admin for "Ledenadministratie", without page permissions."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage


class ContactMessageViewSet(ModelViewSet):
    """The stored messages of the contact form; seen by users with the view permission
    of form submissions (the group "Ledenadministratie" and superusers)."""

    model = FormSubmission
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "contactberichten"
    list_display = ["submit_time", "page"]
    list_filter = ["submit_time"]
    ordering = ["-submit_time"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "submit_time", "form_data"]
    # Messages are read and deleted, not edited: nobody gets the change permission.
    form_fields = ["form_data"]
    copy_view_enabled = False
    search_backend_name = None

    def get_queryset(self, request):
        return FormSubmission.objects.filter(page__in=ContactPage.objects.all()).select_related(
            "page"
        )


contact_message_viewset = ContactMessageViewSet("contact_messages")
