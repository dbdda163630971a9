"""Links from the e-mails to the bureau to the item in the admin that they are about."""

from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse


def admin_url(view_name, obj):
    """The full address of ``obj`` in the admin view ``view_name``
    (``"contact_messages:inspect"``). A mail is sent without a request to take the host
    from, so the host is that of ``WAGTAILADMIN_BASE_URL``, which ``make run`` sets to
    the port it serves on."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(view_name, args=[quote(obj.pk)])
