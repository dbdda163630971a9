"""Dutch KvK numbers, postcodes and websites: how they are written, normalised and
checked, the same for the "Lid worden" form, the member organisations, their import and
the members' area."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

KVK = re.compile(r"^\d{8}$")
POSTCODE = re.compile(r"^([1-9]\d{3})\s?([A-Z]{2})$")
KVK_MESSAGE = _("A KvK number has exactly 8 digits, such as 12345678.")
POSTCODE_MESSAGE = _("Enter a Dutch postcode, such as 1234 AB.")


def normalise_kvk(value):
    """``value`` without spaces ("1234 5678" → "12345678"); ValidationError unless that
    is 8 digits."""
    digits = re.sub(r"\s", "", value or "")
    if not KVK.match(digits):
        raise ValidationError(KVK_MESSAGE, code="invalid_kvk")
    return digits


def normalise_postcode(value):
    """``value`` as the post writes it ("1234ab" → "1234 AB"); ValidationError unless it
    is a Dutch postcode."""
    match = POSTCODE.match((value or "").strip().upper())
    if not match:
        raise ValidationError(POSTCODE_MESSAGE, code="invalid_postcode")
    return f"{match.group(1)} {match.group(2)}"


def validate_kvk(value):
    if normalise_kvk(value) != value:
        raise ValidationError(KVK_MESSAGE, code="invalid_kvk")


def validate_postcode(value):
    if normalise_postcode(value) != value:
        raise ValidationError(POSTCODE_MESSAGE, code="invalid_postcode")


def website_field(label):
    """A web address, "www.example.nl" as good as "https://www.example.nl". A text box
    (with the keyboard for addresses), not ``type="url"``: browsers refuse an address
    without its scheme, and a wrong one shown again with its error would be invalid
    HTML in a URL input."""
    return forms.URLField(
        label=label,
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}),
        error_messages={"invalid": _("Enter a web address, such as www.example.nl.")},
    )
