"""The fee of a wage sum: the tier's rate on the whole sum or its fixed amount, then
minimum and maximum, rounded to cents once; and which year's scale an indication uses."""

import datetime
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from members.fees import calculate, scale_for_indication
from members.models import FeeScale, FeeTier
from members.models.fees import validate_tiers

pytestmark = pytest.mark.django_db


def make_scale(year=2027, minimum="250", maximum="25000"):
    scale = FeeScale.objects.create(
        year=year, minimum=D(minimum), maximum=D(maximum) if maximum else None
    )
    FeeTier.objects.create(scale=scale, lower_bound=D(0), fixed_amount=D("300"))
    FeeTier.objects.create(scale=scale, lower_bound=D("500000"), rate=D("0.9"))
    FeeTier.objects.create(scale=scale, lower_bound=D("2000000"), rate=D("0.8"))
    return scale


@pytest.mark.parametrize(
    ("wage_sum", "fee"),
    [
        ("0", "300.00"),
        ("499999.99", "300.00"),
        ("500000", "450.00"),
        ("500000.01", "450.00"),
        ("1999999.99", "1800.00"),
        ("2000000", "1600.00"),
        ("2000000.01", "1600.00"),
        ("1234567.89", "1111.11"),
        ("31250000", "25000.00"),
        ("31250001", "25000.00"),
        ("999999999999.99", "25000.00"),
    ],
)
def test_fee_at_every_boundary(wage_sum, fee):
    assert calculate(make_scale(), D(wage_sum)).amount == D(fee)


def test_rounding_is_half_up_once_at_the_end():
    scale = make_scale()
    # 0.9 ‰ of 500 005.55 = 450.004995: rounded once, not step by step.
    assert calculate(scale, D("500005.55")).amount == D("450.00")
    # 0.9 ‰ of 500 011.11 = 450.009999 → 450.01.
    assert calculate(scale, D("500011.11")).amount == D("450.01")


def test_minimum_and_maximum_apply_and_are_shown():
    scale = make_scale(minimum="500")
    fee = calculate(scale, D("500000"))
    assert fee.amount == D("500.00")
    assert [step.kind for step in fee.steps] == ["rate", "minimum"]
    fee = calculate(scale, D("40000000"))
    assert fee.amount == D("25000.00")
    assert [step.kind for step in fee.steps] == ["rate", "maximum"]


def test_without_maximum_huge_sums_are_exact():
    fee = calculate(make_scale(maximum=None), D("999999999999.99"))
    # 0.8 ‰ of it is 799 999 999.999992: exact, then rounded once.
    assert fee.steps[0].amount == D("799999999.999992")
    assert fee.amount == D("800000000.00")


def test_a_tier_takes_a_rate_or_a_fixed_amount_not_both():
    scale = make_scale()
    with pytest.raises(ValidationError):
        FeeTier(scale=scale, lower_bound=D(1), rate=D(1), fixed_amount=D(1)).full_clean()
    with pytest.raises(ValidationError):
        FeeTier(scale=scale, lower_bound=D(1)).full_clean()
    with pytest.raises(ValidationError):
        FeeTier(scale=scale, lower_bound=D(-1), rate=D(1)).full_clean()


def test_minimum_not_above_maximum():
    with pytest.raises(ValidationError):
        FeeScale(year=2030, minimum=D(10), maximum=D(5)).full_clean()


def test_tiers_start_at_zero_and_rise():
    assert validate_tiers([FeeTier(lower_bound=D(0)), FeeTier(lower_bound=D(5))]) == []
    assert validate_tiers([FeeTier(lower_bound=D(1))])
    assert validate_tiers([FeeTier(lower_bound=D(0)), FeeTier(lower_bound=D(0))])
    assert validate_tiers([])


def test_indication_uses_next_year_once_published():
    make_scale(year=2026)
    december = datetime.date(2026, 12, 6)
    assert scale_for_indication(december).year == 2026
    make_scale(year=2027)
    assert scale_for_indication(december).year == 2027


def test_no_indication_without_a_current_scale():
    assert scale_for_indication(datetime.date(2026, 12, 6)) is None
    make_scale(year=2024)
    assert scale_for_indication(datetime.date(2026, 12, 6)) is None
