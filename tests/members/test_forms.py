"""The application form: every field with its label, a Dutch message for each invalid value,
the common ways of writing normalised."""

import pytest

from members.models import MembershipApplication
from sociaalwerk.public_forms.spam import new_token
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db


def test_form_shows_every_field_with_labels_and_the_privacy_link(client, membership_page):
    html = client.get(URL).content.decode()
    for name in (
        "organisation_name",
        "kvk_number",
        "postcode",
        "email",
        "phone",
        "privacy_consent",
    ):
        assert f'for="id_{name}"' in html and f'id="id_{name}"' in html
    assert '<a href="/privacy/">privacyverklaring</a>' in html
    assert 'class="form__trap" aria-hidden="true"' in html


def test_empty_form_names_every_required_field_and_stores_nothing(client, membership_page):
    response = client.post(URL, {"form_token": new_token()})
    assert response.status_code == 200
    errors = response.context["form"].errors
    required = {
        "organisation_name",
        "kvk_number",
        "street_address",
        "postcode",
        "city",
        "employees",
        "contact_name",
        "email",
        "phone",
        "privacy_consent",
    }
    assert required <= set(errors)
    assert "Dit is een verplicht veld." in errors["organisation_name"]
    assert 'role="alert"' in response.content.decode()
    assert not MembershipApplication.objects.exists()


INVALID = [
    ("kvk_number", "1234567", "Een KvK-nummer heeft precies 8 cijfers"),
    ("kvk_number", "123456789", "Een KvK-nummer heeft precies 8 cijfers"),
    ("kvk_number", "1234abcd", "Een KvK-nummer heeft precies 8 cijfers"),
    ("postcode", "0123 AB", "Vul een Nederlandse postcode in"),
    ("postcode", "1234", "Vul een Nederlandse postcode in"),
    ("postcode", "12345 AB", "Vul een Nederlandse postcode in"),
    ("email", "anna@", "Vul een e-mailadres in"),
    ("phone", "12345", "Vul een Nederlands of internationaal telefoonnummer in"),
    ("phone", "+0 30 1234567", "Vul een Nederlands of internationaal telefoonnummer in"),
    ("website", "niet een adres", "Vul een webadres in"),
    ("employees", "0", "minstens 1"),
    ("employees", "-5", "minstens 1"),
    ("employees", "veel", "hele getal"),
    ("employees", "99999999999", "realistisch aantal"),
    ("privacy_consent", None, "Ga akkoord met de privacyverklaring"),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID)
def test_each_invalid_field_gets_its_own_dutch_message(
    client, membership_page, field, value, message
):
    response = client.post(URL, application(**{field: value}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert (
        f'aria-describedby="id_{field}_error"' in response.content.decode()
        or field == "privacy_consent"
    )
    assert not MembershipApplication.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        # Phone numbers as written, trimmed and with single spaces (see clean_phone).
        ("phone", "  030   234 5678 ", "030 234 5678"),
        ("phone", "06-12345678", "06-12345678"),
        ("phone", "+31 (0)30-123 45 67", "+31 (0)30-123 45 67"),
        ("phone", "0031 30 1234567", "0031 30 1234567"),
        ("phone", "+32 2 123 45 67", "+32 2 123 45 67"),
        # Too long to store as written (20 characters): its digits.
        ("phone", "+31 (0) 6 - 12 34 56 78", "+31612345678"),
        ("website", "www.welzijn.example", "https://www.welzijn.example"),
        ("postcode", " 3511aa ", "3511 AA"),
    ],
)
def test_common_ways_of_writing_are_accepted(client, membership_page, field, value, stored):
    client.post(URL, application(**{field: value}))
    assert getattr(MembershipApplication.objects.get(), field) == stored


def test_huge_values_are_refused_per_field_without_an_error_page(client, membership_page):
    huge = "x" * 10_000
    data = application(
        **dict.fromkeys(
            (
                "organisation_name",
                "street_address",
                "city",
                "contact_name",
                "contact_role",
                "message",
                "website",
                "phone",
                "kvk_number",
                "postcode",
                "email",
            ),
            huge,
        )
    )
    response = client.post(URL, data)
    assert response.status_code == 200
    assert len(response.context["form"].errors) == 11
    assert not MembershipApplication.objects.exists()


def test_emoji_and_accents_are_kept(client, membership_page):
    client.post(
        URL, application(organisation_name="Stichting Één 🤝 Café", city="’s-Hertogenbosch")
    )
    saved = MembershipApplication.objects.get()
    assert saved.organisation_name == "Stichting Één 🤝 Café" and saved.city == "’s-Hertogenbosch"
