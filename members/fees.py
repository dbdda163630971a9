"""The fee of a wage sum under a scale, and which scale a visitor's indication uses.

The design, common for associations of employers: the wage sum falls in one tier, and
that tier's rate per mille applies to the WHOLE wage sum (or its fixed amount is the
fee). Not marginal like income tax: an organisation can read its fee at a glance. The
jumps at the tier boundaries this gives are the scale's business; the minimum and
maximum then apply. Exact ``Decimal`` throughout, rounded to cents once, at the end,
half up (as in a bookkeeping package).
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from members.models.fees import FeeScale, FeeTier

CENT = Decimal("0.01")
PER_MILLE = Decimal(1000)


@dataclass(frozen=True)
class Step:
    """One line of the worked-out sum: what was done and its result (not yet rounded)."""

    kind: str  # "rate", "fixed", "minimum", "maximum"
    amount: Decimal
    rate: Decimal | None = None
    wage_sum: Decimal | None = None


@dataclass(frozen=True)
class Fee:
    scale: FeeScale
    wage_sum: Decimal
    amount: Decimal
    steps: list[Step] = field(default_factory=list)


def tier_for(tiers, wage_sum):
    """The tier with the highest lower bound at or below the wage sum."""
    chosen = None
    for tier in sorted(tiers, key=lambda tier: tier.lower_bound):
        if tier.lower_bound <= wage_sum:
            chosen = tier
    return chosen


def calculate(scale, wage_sum, tiers=None):
    """The fee of ``wage_sum`` (a non-negative Decimal) under ``scale``; ``tiers``
    defaults to the scale's own (pass them to avoid a query)."""
    tiers = list(scale.tiers.all()) if tiers is None else tiers
    tier = tier_for(tiers, wage_sum)
    steps = []
    if tier is None:
        amount = Decimal(0)
    elif tier.fixed_amount is not None:
        amount = tier.fixed_amount
        steps.append(Step("fixed", amount))
    else:
        amount = tier.rate * wage_sum / PER_MILLE
        steps.append(Step("rate", amount, rate=tier.rate, wage_sum=wage_sum))
    if amount < scale.minimum:
        amount = scale.minimum
        steps.append(Step("minimum", amount))
    if scale.maximum is not None and amount > scale.maximum:
        amount = scale.maximum
        steps.append(Step("maximum", amount))
    return Fee(scale, wage_sum, amount.quantize(CENT, rounding=ROUND_HALF_UP), steps)


def scale_for_indication(today=None):
    """The scale a visitor's indication uses: next year's once it is published (so in
    December the coming invoice), else this year's; None when neither exists — an old
    year's fees are no indication of what membership costs now.

    One query, as "Lid worden" shows it within the page's query budget: the tiers of
    both years with their scale, the scale then holding its own tiers in memory (as
    modelcluster lets it). A scale without tiers, which the admin refuses, gives none."""
    year = (today or datetime.date.today()).year
    tiers = (
        FeeTier.objects.filter(scale__year__in=(year, year + 1))
        .select_related("scale")
        .order_by("-scale__year", "lower_bound")
    )
    scale, own_tiers = None, []
    for tier in tiers:
        if scale is None:
            scale = tier.scale
        elif tier.scale_id != scale.pk:
            break
        own_tiers.append(tier)
    if scale is not None:
        scale.tiers = own_tiers
    return scale
