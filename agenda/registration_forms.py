"""The registration form of an event ("Aanmelden")."""

from django import forms
from django.utils.translation import gettext_lazy as _

from agenda.models.registrations import ATTENDEE_FIELDS, EventRegistration
from sociaalwerk.public_forms.spam import SpamProtectedForm


class RegistrationForm(SpamProtectedForm, forms.ModelForm):
    """Name, organisation, e-mail address, remarks and consent, each with a Dutch
    message when it is wrong; with the spam protection of every public form."""

    privacy_consent = forms.BooleanField(
        label=_("I agree to the privacy statement"),
        error_messages={"required": _("Please agree to the privacy statement to register.")},
    )

    class Meta:
        model = EventRegistration
        fields = [*ATTENDEE_FIELDS, "privacy_consent"]
        widgets = {"remarks": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "email": {"invalid": _("Enter an e-mail address, such as naam@organisatie.nl.")},
        }

    autocomplete = {"name": "name", "organisation": "organization", "email": "email"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
