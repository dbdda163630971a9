import re

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from members.addresses import normalise_kvk, normalise_postcode, website_field
from members.models.applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from sociaalwerk.public_forms.spam import SpamProtectedForm

# Dutch numbers: 0 and nine digits (010-1234567, 06 12345678); or international
# E.164: + and 8 to 15 digits (+31 6 12345678, +32 2 123 45 67).
PHONE_NL = re.compile(r"^0\d{9}$")
PHONE_INTERNATIONAL = re.compile(r"^\+[1-9]\d{7,14}$")
PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def model_label(name):
    return capfirst(MembershipApplication._meta.get_field(name).verbose_name)


class MembershipApplicationForm(SpamProtectedForm, forms.ModelForm):
    """The "Lid worden" form: every field checked, with a Dutch message per field."""

    # Looser than the model, so that "1234 5678" or "06-12345678" reach the clean_*
    # methods, which normalise or check them or explain what is wrong.
    kvk_number = forms.CharField(label=model_label("kvk_number"), max_length=20)
    postcode = forms.CharField(label=model_label("postcode"), max_length=20)
    phone = forms.CharField(label=model_label("phone"), max_length=30)
    privacy_consent = forms.BooleanField(
        label=_("I agree to the privacy statement"),
        error_messages={"required": _("Please agree to the privacy statement to apply.")},
    )
    website = website_field(_("Website"))

    class Meta:
        model = MembershipApplication
        fields = [*ORGANISATION_FIELDS, *CONTACT_FIELDS, "privacy_consent"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 5}),
            "employees": forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
        }
        error_messages = {
            "email": {"invalid": _("Enter an e-mail address, such as naam@organisatie.nl.")},
            "employees": {
                "invalid": _("Enter the number of employees as a whole number."),
                "min_value": _("The number of employees must be at least 1."),
                "max_value": _("Enter a realistic number of employees."),
            },
        }

    autocomplete = {
        "organisation_name": "organization",
        # One line: "street-address" is the token of a multi-line address (a textarea).
        "street_address": "address-line1",
        "postcode": "postal-code",
        "city": "address-level2",
        "website": "url",
        "contact_name": "name",
        "contact_role": "organization-title",
        "email": "email",
        "phone": "tel",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields["phone"].widget.input_type = "tel"
        self.fields["kvk_number"].widget.attrs["inputmode"] = "numeric"

    def clean_kvk_number(self):
        return normalise_kvk(self.cleaned_data["kvk_number"])

    def clean_postcode(self):
        return normalise_postcode(self.cleaned_data["postcode"])

    def clean_phone(self):
        """The number as the visitor wrote it ("030 234 5678", "+31 (0)6-1234 5678"),
        trimmed and with single spaces, once its digits make a phone number: people
        recognise their own grouping, and the bureau reads it more easily than ten
        digits in a row. Only a number too long to store so is stored as digits."""
        written = " ".join(self.cleaned_data["phone"].split())
        # "+31 (0)30 …": the (0) is only dialled from within the country.
        digits = PHONE_SEPARATORS.sub("", written.replace("(0)", ""))
        if digits.startswith("00"):
            digits = f"+{digits[2:]}"
        if not (PHONE_NL.match(digits) or PHONE_INTERNATIONAL.match(digits)):
            raise forms.ValidationError(
                _(
                    "Enter a Dutch or international phone number, such as 030 123 45 67 "
                    "or +31 30 123 45 67."
                )
            )
        if len(written) > MembershipApplication._meta.get_field("phone").max_length:
            return digits
        return written
