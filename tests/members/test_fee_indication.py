"""What membership costs on "Lid worden": the wage sum a visitor types, read as Dutch
people write it, gives the fee of the current scale, on the page itself (without
JavaScript) and as the fragment the page's script fetches; no scale, no indication."""

import datetime
import re
from decimal import Decimal as D
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from members.fee_indication import MAX_WAGE_SUM, indication, parse_wage_sum
from members.fees import calculate
from members.models import FeeScale, FeeTier, MembershipApplication
from members.templatetags.fee_tags import euro
from tests.factories import FeeScaleFactory
from tests.helpers import QUERY_BUDGET, queries_for, warm_up
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db

FRAGMENT = f"{URL}indicatie/"
THIS_YEAR = datetime.date.today().year

# A fixed amount up to € 500.000, then rates; the minimum lifts the lowest rate's fee,
# the maximum caps the highest.
TIERS = [
    ("0", None, "450"),
    ("500000", "0.7", None),
    ("2500000", "0.8", None),
    ("10000000", "0.6", None),
]
BOUNDS = [D(lower_bound) for lower_bound, _, _ in TIERS[1:]]


@pytest.fixture
def scale(membership_page):
    return FeeScaleFactory(year=THIS_YEAR, minimum=D("400"), maximum=D("30000"), tiers=TIERS)


def dutch(amount):
    """``amount`` as a Dutch visitor types it: 1.250.000,50."""
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def result_region(response):
    """The live region's HTML on the page."""
    html = response.content.decode()
    return re.search(r'<div class="fee-indication__result"[^>]*>(.*?)</div>', html, re.S).group(1)


def refusal(response):
    """The code of the wage sum's error (language-independent), or None."""
    errors = response.context["fee_indication"].form.errors.as_data().get("loonsom")
    return errors[0].code if errors else None


@pytest.mark.parametrize(
    "wage_sum",
    [
        D("0"),
        D("0.01"),
        *(bound + step for bound in BOUNDS for step in (D("-0.01"), D(0), D("0.01"))),
        D("50000000"),
        D("50000000.01"),
    ],
)
def test_the_page_without_javascript_gives_the_fee_at_every_tier_boundary(client, scale, wage_sum):
    response = client.get(URL, {"loonsom": dutch(wage_sum)})
    expected = calculate(scale, wage_sum)
    shown = response.context["fee_indication"].fee
    assert (shown.wage_sum, shown.amount) == (wage_sum, expected.amount)
    assert f"<strong>{euro(expected.amount)}</strong>" in result_region(response)


def test_the_sum_is_worked_out_in_dutch_figures(client, scale):
    region = result_region(client.get(URL, {"loonsom": "1.250.000"}))
    # 0,7 ‰ of 1 250 000 = 875; the rate's line with the wage sum, then the total.
    assert "0,7\u00a0‰" in region and "€\u00a01.250.000,00" in region
    assert "€\u00a0875,00" in region and str(THIS_YEAR) in region and "excl. btw" in region


def test_the_worked_sum_rounds_half_up_as_the_total_does(client, scale):
    # 0,7 ‰ of 1 234 567,89 = 864,197523: Django's number format would cut it to 864,19.
    region = result_region(client.get(URL, {"loonsom": "1.234.567,89"}))
    assert "= € 864,20" in region.replace(" ", " ")
    assert (euro(D("0.005")), euro(D("1234.564999"))) == ("€ 0,01", "€ 1.234,56")


@pytest.mark.parametrize(
    ("wage_sum", "steps", "amount"),
    [
        ("100000", ["fixed"], "450.00"),
        ("500000", ["rate", "minimum"], "400.00"),
        ("60000000", ["rate", "maximum"], "30000.00"),
    ],
)
def test_fixed_amount_minimum_and_maximum_are_shown(client, scale, wage_sum, steps, amount):
    response = client.get(URL, {"loonsom": wage_sum})
    fee = response.context["fee_indication"].fee
    assert [step.kind for step in fee.steps] == steps
    assert fee.amount == D(amount)
    region = result_region(response)
    assert region.count("<li>") == len(steps) and euro(D(amount)) in region


def test_the_scale_is_a_table_with_a_caption_and_headers(client, scale):
    html = client.get(URL).content.decode()
    table = html[html.index('<table class="fee-indication__scale">') : html.index("</table>")]
    assert "<caption>" in table and str(THIS_YEAR) in table
    assert table.count('<th scope="col">') == 2 and table.count('<th scope="row">') == 4
    assert "€\u00a010.000.000,00" in table and "0,6\u00a0‰" in table and "€\u00a0450,00" in table


@pytest.mark.parametrize(
    ("typed", "wage_sum"),
    [
        ("1.250.000", "1250000"),
        ("1250000,50", "1250000.50"),
        ("1250000.5", "1250000.50"),
        ("1.250.000,5", "1250000.50"),
        ("1250000", "1250000"),
        (" € 1 250 000 ", "1250000"),
        ("€\u00a01.250.000,00", "1250000"),
        ("1.250", "1250"),
        ("0", "0"),
        (str(MAX_WAGE_SUM), str(MAX_WAGE_SUM)),
    ],
)
def test_dutch_amounts_are_read(typed, wage_sum):
    assert parse_wage_sum(typed) == D(wage_sum)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("<script>alert(1)</script>", "invalid"),
        ("1e9", "invalid"),
        ("--1", "invalid"),
        ("-1", "negative"),
        ("\u22121.000", "negative"),
        ("١٢٣", "invalid"),
        ("１２３", "invalid"),
        ("1,250", "invalid"),
        ("1.25.000", "invalid"),
        ("12,345", "invalid"),
        ("NaN", "invalid"),
        ("Infinity", "invalid"),
        ("10000000000000", "too_big"),
        (str(10**30), "too_big"),
        ("", "invalid"),
    ],
)
def test_anything_else_is_refused_in_dutch(typed, code):
    with pytest.raises(ValidationError) as refused:
        parse_wage_sum(typed)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("<script>alert(1)</script>", "invalid"),
        ("1e9", "invalid"),
        ("--1", "invalid"),
        ("-5", "negative"),
        ("١٢٣", "invalid"),
        (str(10**30), "too_big"),
        ("9" * 41, "max_length"),
        ("", "required"),
    ],
)
def test_the_page_refuses_hostile_input_with_the_fields_error(client, scale, typed, code):
    response = client.get(URL, {"loonsom": typed})
    assert response.status_code == 200
    assert refusal(response) == code
    html = response.content.decode()
    assert "<script>alert" not in html
    assert 'aria-invalid="true"' in html and 'id="id_loonsom_error"' in html
    assert 'aria-describedby="id_loonsom_helptext id_loonsom_error"' in html
    assert "<strong>" not in result_region(response)


def test_the_too_big_message_names_the_limit(client, scale):
    response = client.get(FRAGMENT, {"loonsom": str(10**30)})
    assert "€\u00a09.999.999.999.999,99" in response.content.decode()


def test_without_a_wage_sum_the_form_asks_without_an_error(client, scale):
    response = client.get(URL)
    assert refusal(response) is None
    html = response.content.decode()
    assert 'id="contributie"' in html and 'name="loonsom"' in html
    assert 'method="get" action="/lid-worden/#contributie"' in html
    assert 'aria-live="polite"' in html and "js/fee-indication.js" in html


@pytest.mark.parametrize("year", [None, THIS_YEAR - 1])
def test_no_scale_of_this_or_next_year_hides_the_indication(client, membership_page, year):
    if year:
        FeeScaleFactory(year=year)
    response = client.get(URL, {"loonsom": "1000000"})
    html = response.content.decode()
    assert 'id="contributie"' not in html and "loonsom" not in html
    assert "fee-indication" not in html
    assert '<form class="form" method="post"' in html
    assert client.get(FRAGMENT, {"loonsom": "1000000"}).status_code == 404


def test_next_years_scale_is_used_once_published(client, scale):
    FeeScaleFactory(year=THIS_YEAR + 1, minimum=D(0), tiers=[("0", "2", None)])
    response = client.get(URL, {"loonsom": "1.000.000"})
    assert response.context["fee_indication"].scale.year == THIS_YEAR + 1
    assert "€\u00a02.000,00" in result_region(response)
    assert f"{THIS_YEAR + 1}" in response.content.decode()


def test_in_december_the_coming_years_scale_gives_the_indication(db):
    FeeScaleFactory(year=2026)
    FeeScaleFactory(year=2027, minimum=D(0), tiers=[("0", "1", None)])
    december = datetime.date(2026, 12, 6)
    result = indication(QueryDict("loonsom=1.000.000"), today=december)
    assert (result.scale.year, result.fee.amount) == (2027, D("1000.00"))
    assert indication(QueryDict(), today=datetime.date(2028, 1, 1)) is None


def test_the_fragment_is_the_live_regions_content(client, scale):
    response = client.get(FRAGMENT, {"loonsom": "1.250.000"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>€\u00a0875,00</strong>" in html
    assert "<html" not in html and "<form" not in html
    on_the_page = result_region(client.get(URL, {"loonsom": "1.250.000"}))
    assert html.split() == on_the_page.split()
    refused = client.get(FRAGMENT, {"loonsom": "abc"}).content.decode()
    assert 'id="id_loonsom_error"' in refused


def test_the_fragment_is_never_stored_and_only_answers_get(client, scale):
    response = client.get(FRAGMENT, {"loonsom": "1000000"})
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies
    assert response["X-Robots-Tag"] == "noindex"
    assert client.post(FRAGMENT, {"loonsom": "1000000"}).status_code == 405


def test_the_page_with_a_wage_sum_is_never_cached_nor_stores_anything(client, scale, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    url = f"{URL}?loonsom=1000000"
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert "X-Cache" not in response and len(queries) > 0
        assert "private" in response["Cache-Control"]
        assert not any(query["sql"].startswith(("INSERT", "UPDATE")) for query in queries)
    for _ in range(2):
        response = client.get(FRAGMENT, {"loonsom": "1000000"})
        assert "X-Cache" not in response
    assert MembershipApplication.objects.count() == 0
    assert "sessionid" not in client.cookies


def test_a_changed_scale_shows_at_once(client, scale, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    assert "€\u00a0700,00" in result_region(client.get(URL, {"loonsom": "1000000"}))
    FeeTier.objects.filter(scale=scale, lower_bound=D("500000")).update(rate=D("0.9"))
    assert "€\u00a0900,00" in result_region(client.get(URL, {"loonsom": "1000000"}))
    assert "€\u00a0900,00" in client.get(FRAGMENT, {"loonsom": "1000000"}).content.decode()


def queries_with_tiers(client, count):
    tiers = [("0", None, "450")] + [(str(1000 * n), "0.5", None) for n in range(1, count)]
    FeeScaleFactory(year=THIS_YEAR, tiers=tiers)
    warm_up(client, URL)
    return queries_for(client, f"{URL}?loonsom=1.250.000")


def test_the_indication_costs_one_query_whatever_the_number_of_tiers(client, membership_page):
    warm_up(client, URL)
    without_scale = queries_for(client, URL)
    with_three = queries_with_tiers(client, 3)
    FeeScale.objects.all().delete()
    with_fifty = queries_with_tiers(client, 50)
    assert with_three == with_fifty <= QUERY_BUDGET
    # The query for the scale is made anyway; finding one costs nothing more.
    assert with_three == without_scale


def test_the_application_form_is_untouched_by_the_indication(
    client, scale, django_capture_on_commit_callbacks
):
    html = client.get(URL, {"loonsom": "1000000"}).content.decode()
    application_form = html[html.index('<form class="form" method="post"') :]
    assert "loonsom" not in application_form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application())
    assert response.status_code == 302
    assert MembershipApplication.objects.count() == 1


def test_a_database_away_costs_the_indication_not_the_application_form(client, scale):
    away = OperationalError("db away")
    with (
        mock.patch.object(MembershipApplication, "save", side_effect=away),
        mock.patch("members.fee_indication.scale_for_indication", side_effect=away),
    ):
        response = client.post(URL, application())
    assert response.status_code == 503
    html = response.content.decode()
    assert 'value="Welzijn Utrecht"' in html and 'id="contributie"' not in html
