"""How contact messages appear in admin listings and exports: an excerpt of each value,
never the whole text (a message may be 5,000 characters, and older ones longer); in
exports the whole text, of which no cell runs as a formula in a spreadsheet."""

import datetime

from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.views import SubmissionsListView

from sociaalwerk.public_forms.exports import AdminExportMixin

EXCERPT_LENGTH = 100


def as_text(value):
    """A value of a contact message as people read it, in the e-mail, the listings and
    the admin: "ja"/"nee", check boxes as their items, dates the Dutch way."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return value


def excerpt(value):
    """``value`` as a listing shows it: text on one line and at most ``EXCERPT_LENGTH``
    characters."""
    value = as_text(value)
    if not isinstance(value, str):
        return value
    return Truncator(" ".join(value.split())).chars(EXCERPT_LENGTH)


class ContactSubmissionsListView(AdminExportMixin, SubmissionsListView):
    """Wagtail's own listing of a form page's submissions (under Forms, for superusers):
    an excerpt of each value, and exports that run no formula."""

    sheet_title = _("Contact messages")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [excerpt(value) for value in row["fields"]]
        return context
