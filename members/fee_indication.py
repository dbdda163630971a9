"""What membership costs, as "Lid worden" shows it: the wage sum a visitor types, read as
Dutch people write amounts, and the fee it gives under the current scale.

The arithmetic stays in ``members.fees``; the page and its live update (a fragment the
page's script fetches while the visitor types) both come here, so they never differ.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from members.fees import CENT, Fee, calculate, scale_for_indication
from members.models.fees import MONEY, FeeScale
from members.templatetags.fee_tags import euro

INVALID = _("Enter the wage sum in euros, for example 1.250.000 or 1250000,50.")

# What a tier's lower bound can hold; a larger wage sum has no tier to fall in.
MAX_WAGE_SUM = Decimal(10) ** (MONEY["max_digits"] - MONEY["decimal_places"]) - CENT

# ASCII digits only: Python's Decimal also reads Arabic-Indic digits ("١٢٣") and exponents
# ("1e9"), which no one types for an amount in euros. Dutch groups thousands with a dot
# and writes cents after a comma ("1.250.000,50"); a single dot or comma before at most
# two digits is the cents either way ("1250000.50").
GROUPED = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?", re.ASCII)
PLAIN = re.compile(r"(\d+)(?:[.,](\d{1,2}))?", re.ASCII)
NEGATIVE = re.compile(r"[-\u2212](?=\d)", re.ASCII)


def parse_wage_sum(text):
    """The Decimal of ``text`` ("€ 1.250.000", "1250000,50", "1 250 000"), or a
    ValidationError in Dutch that says what to type."""
    text = "".join(text.split()).removeprefix("€")
    if NEGATIVE.match(text):
        raise ValidationError(_("The wage sum cannot be negative."), code="negative")
    match = GROUPED.fullmatch(text) or PLAIN.fullmatch(text)
    if match is None:
        raise ValidationError(INVALID, code="invalid")
    euros, cents = match.groups()
    wage_sum = Decimal(f"{euros.replace('.', '')}.{cents or 0}")
    if wage_sum > MAX_WAGE_SUM:
        raise ValidationError(
            _("Enter a wage sum of at most %(maximum)s."),
            code="too_big",
            params={"maximum": euro(MAX_WAGE_SUM)},
        )
    return wage_sum


class WageSumForm(forms.Form):
    """The GET form "Wat kost het lidmaatschap?": one field, named as in the address
    (``?loonsom=1.250.000``), so that the page without JavaScript gives the same result."""

    loonsom = forms.CharField(
        label=_("Wage sum in euros"),
        max_length=40,
        error_messages={
            "required": _("Enter your organisation's wage sum."),
            "max_length": INVALID,
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )

    def __init__(self, data=None, *, basis):
        super().__init__(data)
        self.fields["loonsom"].help_text = _("The fee is worked out on the %(basis)s.") % {
            "basis": basis
        }

    def clean_loonsom(self):
        return parse_wage_sum(self.cleaned_data["loonsom"])


@dataclass(frozen=True)
class Indication:
    scale: FeeScale
    tiers: list
    form: WageSumForm
    fee: Fee | None

    @property
    def error(self):
        errors = self.form.errors.get("loonsom")
        return errors[0] if errors else None


def indication(query, today=None):
    """The indication of the wage sum in ``query`` (a QueryDict), with the form to ask
    for it; None when there is no scale of this or next year to give one."""
    scale = scale_for_indication(today)
    if scale is None:
        return None
    tiers = list(scale.tiers.all())  # lowest first, as scale_for_indication gives them
    form = WageSumForm(query if "loonsom" in query else None, basis=scale.basis)
    fee = calculate(scale, form.cleaned_data["loonsom"], tiers) if form.is_valid() else None
    return Indication(scale, tiers, form, fee)
