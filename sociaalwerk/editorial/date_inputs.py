"""Dates and times in the admin, the Dutch way: dd-mm-jjjj uu:mm.

Wagtail's pickers show and read the ``WAGTAIL_*_FORMAT`` settings. Every date and time
field of an admin form shows that format and refuses, with a message that repeats it,
what it cannot read. The pickers' script would replace such input by the current moment
when the field loses focus; ``date_inputs.js`` stops that, so the field refuses it instead.
"""

from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

# Per kind of field: Wagtail's widget, the format as editors read it, and the refusal.
NOTATIONS = {
    models.DateTimeField: (
        AdminDateTimeInput,
        _("dd-mm-yyyy hh:mm"),
        _("Enter a date and time as dd-mm-yyyy hh:mm, for example 02-12-2026 09:00."),
    ),
    models.DateField: (
        AdminDateInput,
        _("dd-mm-yyyy"),
        _("Enter a date as dd-mm-yyyy, for example 02-12-2026."),
    ),
    models.TimeField: (
        AdminTimeInput,
        _("hh:mm"),
        _("Enter a time as hh:mm, for example 09:00."),
    ),
}


def form_field_options(widget_class, notation, refusal):
    """What the admin's form field of a date or time model field is built with: the
    format as placeholder, and as help text where the field has none of its own (the
    scheduling dialog's fields, whose widgets Wagtail sets itself)."""

    def options(db_field):
        return {
            "widget": widget_class(attrs={"placeholder": notation}),
            "error_messages": {"invalid": refusal},
            "help_text": db_field.help_text or notation,
        }

    return options


def register_form_field_options():
    for model_field, notation in NOTATIONS.items():
        register_form_field_override(model_field, override=form_field_options(*notation))


def picker_script():
    return format_html('<script src="{}"></script>', static("editorial/date_inputs.js"))
