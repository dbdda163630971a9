"""What membership costs: a scale per year, set by the membership administration.

A scale has tiers by wage sum ("loonsom"). The tier in which an organisation's wage sum
falls gives its fee: a rate per mille of the whole wage sum, or a fixed amount. Then the
scale's minimum and maximum apply. The arithmetic is in ``members.fees``.
"""

import itertools
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

# Wage sums and amounts in euros, up to a thousand billion: larger input is refused.
MONEY = {"max_digits": 15, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}


class FeeScale(ClusterableModel):
    """The fees of one year. A scale may be published ahead, as an indication for next year."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    basis = models.CharField(
        _("basis"),
        max_length=100,
        default="loonsom",
        help_text=_("What the tiers are counted on, e.g. the wage sum of the previous year."),
    )
    minimum = models.DecimalField(_("minimum fee"), default=Decimal(0), **MONEY)
    maximum = models.DecimalField(
        _("maximum fee"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no maximum."),
        **MONEY,
    )
    vat_note = models.CharField(
        _("VAT note"),
        max_length=100,
        blank=True,
        default="excl. btw",
        help_text=_('Shown after the amount, e.g. "excl. btw".'),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("year"), FieldPanel("basis"), FieldPanel("vat_note")],
            heading=_("Scale"),
        ),
        MultiFieldPanel([FieldPanel("minimum"), FieldPanel("maximum")], heading=_("Limits")),
        InlinePanel("tiers", heading=_("Tiers"), label=_("tier"), min_num=1),
    ]

    class Meta:
        verbose_name = _("fee scale")
        verbose_name_plural = _("fee scales")
        ordering = ["-year"]

    def __str__(self):
        return _("Fees %(year)s") % {"year": self.year}

    def clean(self):
        super().clean()
        if self.maximum is not None and self.minimum is not None and self.minimum > self.maximum:
            raise ValidationError({"maximum": _("The maximum must not be lower than the minimum.")})


def validate_tiers(tiers):
    """Errors of a scale's tiers, ordered as given, as a list of messages: the first
    starts at 0 and every next one higher. Used by the admin form, which sees the tiers
    before they are saved."""
    errors = []
    bounds = [tier.lower_bound for tier in tiers]
    if not bounds:
        return [_("A scale needs at least one tier.")]
    if bounds[0] != 0:
        errors.append(_("The first tier must start at € 0."))
    if any(later <= earlier for earlier, later in itertools.pairwise(bounds)):
        errors.append(_("Every tier must start higher than the one before it."))
    return errors


class FeeTier(Orderable):
    """From ``lower_bound`` up to the next tier's lower bound: a rate per mille of the
    whole wage sum, or a fixed amount; exactly one of the two."""

    scale = ParentalKey(FeeScale, related_name="tiers", on_delete=models.CASCADE)
    lower_bound = models.DecimalField(
        _("from wage sum (€)"),
        help_text=_("The tier applies from this wage sum up to where the next tier starts."),
        **MONEY,
    )
    rate = models.DecimalField(
        _("rate (‰)"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("Per mille of the whole wage sum. Leave empty for a fixed amount."),
    )
    fixed_amount = models.DecimalField(
        _("fixed amount (€)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a rate."),
        **MONEY,
    )

    panels = [FieldPanel("lower_bound"), FieldPanel("rate"), FieldPanel("fixed_amount")]

    class Meta(Orderable.Meta):
        verbose_name = _("tier")
        verbose_name_plural = _("tiers")

    def clean(self):
        super().clean()
        if (self.rate is None) == (self.fixed_amount is None):
            raise ValidationError(_("Give either a rate or a fixed amount, not both or neither."))
