"""The fee of a wage sum: the tier's rate on the whole sum or its fixed amount, then
minimum and maximum, rounded to cents once; and which year's scale an indication uses."""

import datetime
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from members.fees import calculate, scale_for_indication
from members.models import FeeScale, FeeTier
from members.models.fees import validate_tiers
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION

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


ADMIN = "/admin/contributie/"


def scale_post(tiers, minimum="250", maximum="25000"):
    data = {
        "year": "2031",
        "basis": "loonsom",
        "minimum": minimum,
        "maximum": maximum,
        "vat_note": "excl. btw",
        "tiers-TOTAL_FORMS": str(len(tiers)),
        "tiers-INITIAL_FORMS": "0",
        "tiers-MIN_NUM_FORMS": "1",
        "tiers-MAX_NUM_FORMS": "1000",
    }
    for number, (lower_bound, rate, fixed) in enumerate(tiers):
        data |= {
            f"tiers-{number}-lower_bound": lower_bound,
            f"tiers-{number}-rate": rate,
            f"tiers-{number}-fixed_amount": fixed,
            f"tiers-{number}-ORDER": str(number + 1),
            f"tiers-{number}-id": "",
        }
    return data


def test_membership_administration_sets_a_scale(client, roles):
    client.force_login(roles[MEMBER_ADMINISTRATION])
    assert client.get(ADMIN).status_code == 200
    response = client.post(f"{ADMIN}new/", scale_post([("0", "", "300"), ("500000", "0.9", "")]))
    assert response.status_code == 302
    scale = FeeScale.objects.get(year=2031)
    assert [tier.lower_bound for tier in scale.tiers.all()] == [D(0), D(500000)]


@pytest.mark.parametrize(
    "tiers",
    [
        [("100", "", "300")],
        [("0", "", "300"), ("0", "0.9", "")],
        [("0", "", "300"), ("500000", "0.9", ""), ("400000", "0.8", "")],
        [("0", "0.9", "300")],
        [("0", "-1", "")],
    ],
)
def test_bad_tiers_are_refused(admin_client, tiers):
    response = admin_client.post(f"{ADMIN}new/", scale_post(tiers))
    assert response.status_code == 200
    assert not FeeScale.objects.filter(year=2031).exists()


def test_editors_cannot_open_the_fees(client, roles):

    for name in (EDITORS, CHIEF_EDITORS):
        client.force_login(roles[name])
        assert client.get(ADMIN).status_code in (302, 403)
