"""Amounts and rates of the fee indication in Dutch: "€ 1.234,56", "0,9 ‰"."""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()

CENT = Decimal("0.01")


@register.filter
def euro(amount):
    """``amount`` to the cent, rounded half up (Django's number format cuts off instead),
    with a non-breaking space after the euro sign so that it never ends a line."""
    cents = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    return f"€\u00a0{number_format(cents, decimal_pos=2, force_grouping=True)}"


@register.filter
def per_mille(rate):
    """A rate per mille as far as it has digits: 0.9000 is "0,9 ‰"."""
    return f"{number_format(Decimal(rate).normalize())}\u00a0‰"
