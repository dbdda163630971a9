"""How contact messages appear in admin listings and exports: an excerpt of each value,
never the whole text (a message may be 5,000 characters, and older ones longer); in
exports the whole text, of which no cell runs as a formula in a spreadsheet."""

from django.utils.text import Truncator
from wagtail.contrib.forms.views import SubmissionsListView

from sociaalwerk.public_forms.exports import NeutralisedExportMixin

EXCERPT_LENGTH = 100


def excerpt(value):
    """``value`` as a listing shows it: text on one line and at most ``EXCERPT_LENGTH``
    characters; a list (check boxes) as its items; anything else as it is."""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    if not isinstance(value, str):
        return value
    return Truncator(" ".join(value.split())).chars(EXCERPT_LENGTH)


class ContactSubmissionsListView(NeutralisedExportMixin, SubmissionsListView):
    """Wagtail's own listing of a form page's submissions (under Forms, for superusers):
    an excerpt of each value, and exports that run no formula."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [excerpt(value) for value in row["fields"]]
        return context
