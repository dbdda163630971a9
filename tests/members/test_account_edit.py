"""A contact person changes the public details of their own organisation, never
another's; each change is recorded in the organisation's history, which the
membership administration reads in the admin and the editors cannot."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from members.models import MemberOrganisation
from members.organisation_changes import ACTION
from sociaalwerk.editorial.roles import EDITORS, MEMBER_ADMINISTRATION
from tests.factories import ContactPersonFactory, MemberOrganisationFactory, MunicipalityFactory
from tests.helpers import QUERY_BUDGET, queries_for, warm_up

pytestmark = pytest.mark.django_db

URL = "/mijn-organisatie/wijzigen/"


@pytest.fixture
def contact_person(home_page):
    return ContactPersonFactory(
        organisation=MemberOrganisationFactory(
            name="Welzijn Oost",
            street_address="Oudegracht 1",
            postcode="3511 AA",
            city="Utrecht",
            website="https://oost.example",
            municipalities=["Utrecht"],
        )
    )


@pytest.fixture
def member_client(client, contact_person):
    client.force_login(contact_person.user)
    return client


def details(**overrides):
    utrecht = MunicipalityFactory(name="Utrecht")
    values = {
        "street_address": "Oudegracht 1",
        "postcode": "3511 AA",
        "city": "Utrecht",
        "website": "https://oost.example",
        "municipalities": [utrecht.pk],
    }
    return {**values, **overrides}


def entries():
    return ModelLogEntry.objects.filter(action=ACTION)


def test_the_form_shows_the_organisations_details(member_client, contact_person):
    response = member_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Oudegracht 1"' in html
    assert 'value="https://oost.example"' in html
    # Utrecht's province is open, with its municipality ticked.
    assert '<details class="choice-group" open>' in html
    assert "checked" in html


def test_saving_changes_the_details_and_redirects_to_the_account(member_client, contact_person):
    gouda = MunicipalityFactory(name="Gouda", province="zuid-holland")
    response = member_client.post(
        URL,
        details(
            street_address="Markt 2",
            postcode="2801jk",
            city="Gouda",
            website="gouda.example",
            municipalities=[gouda.pk],
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == "/mijn-organisatie/"
    organisation = MemberOrganisation.objects.get(pk=contact_person.organisation.pk)
    assert (organisation.street_address, organisation.postcode, organisation.city) == (
        "Markt 2",
        "2801 JK",
        "Gouda",
    )
    assert organisation.website == "https://gouda.example"
    # The province follows from the postcode, by the model's save.
    assert organisation.province == "zuid-holland"
    assert [m.name for m in organisation.municipalities.all()] == ["Gouda"]
    # The account page says it was saved (the message, once).
    assert member_client.get("/mijn-organisatie/").context["messages"]


def test_each_change_is_recorded_with_its_old_and_new_value(member_client, contact_person):
    member_client.post(URL, details(website="https://nieuw.example", city="Utrecht "))
    entry = entries().get()
    assert entry.user_id == contact_person.user.pk
    assert entry.object_id == str(contact_person.organisation.pk)
    assert entry.data["changes"] == [
        {"field": "website", "old": "https://oost.example", "new": "https://nieuw.example"}
    ]
    assert "https://nieuw.example" in entry.message
    assert "https://oost.example" in entry.message


def test_a_form_sent_twice_changes_and_records_once(member_client):
    data = details(website="https://nieuw.example")
    member_client.post(URL, data)
    response = member_client.post(URL, data)
    assert response.status_code == 302
    assert entries().count() == 1


def test_another_organisation_cannot_be_addressed(member_client, contact_person):
    other = MemberOrganisationFactory(name="Welzijn West", website="https://west.example")
    before = MemberOrganisation.objects.filter(pk=other.pk).values().get()
    member_client.post(
        f"{URL}?pk={other.pk}&organisation={other.pk}",
        details(
            id=other.pk,
            pk=other.pk,
            organisation=other.pk,
            organisation_id=other.pk,
            name="Overgenomen",
            kvk_number="99999999",
            status="ended",
            chosen_province="limburg",
            website="https://gekaapt.example",
        ),
    )
    assert MemberOrganisation.objects.filter(pk=other.pk).values().get() == before
    own = MemberOrganisation.objects.get(pk=contact_person.organisation.pk)
    # Only the public details of their own organisation changed; nothing else sent.
    assert own.website == "https://gekaapt.example"
    assert (own.name, own.status, own.chosen_province) == ("Welzijn Oost", "active", "")
    assert own.kvk_number != "99999999"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("postcode", "1234"),
        ("postcode", ""),
        ("city", ""),
        ("website", "javascript:alert(1)"),
        ("street_address", "x" * 5000),
        ("city", "Utrecht\x00"),
        ("municipalities", ["999999"]),
        ("municipalities", ["'; DROP TABLE members_municipality; --"]),
    ],
)
def test_bad_input_is_refused_with_the_form_kept(member_client, contact_person, field, value):
    data = details(street_address="Markt 2")
    data[field] = value
    response = member_client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="form-errors"' in html
    assert f'id="id_{field}_error"' in html
    # What was typed stays in the form; nothing was saved or recorded.
    if field != "street_address":
        assert 'value="Markt 2"' in html
    assert MemberOrganisation.objects.get(pk=contact_person.organisation.pk).street_address == (
        "Oudegracht 1"
    )
    assert not entries().exists()


def test_hostile_text_is_kept_as_text(member_client, contact_person):
    hostile = "<script>alert('x')</script> '; DROP TABLE x; -- Één"
    member_client.post(URL, details(street_address=hostile))
    organisation = MemberOrganisation.objects.get(pk=contact_person.organisation.pk)
    assert organisation.street_address == hostile
    html = member_client.get("/mijn-organisatie/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_the_form_needs_its_csrf_token(contact_person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(contact_person.user)
    response = client.post(URL, details(website="https://nieuw.example"))
    assert response.status_code == 403
    assert MemberOrganisation.objects.get(pk=contact_person.organisation.pk).website == (
        "https://oost.example"
    )


def test_an_ended_membership_cannot_be_changed(member_client, contact_person):
    organisation = contact_person.organisation
    organisation.status = "ended"
    organisation.ended_on = datetime.date(2026, 3, 31)
    organisation.save()
    assert member_client.get(URL).status_code == 403
    response = member_client.post(URL, details(website="https://nieuw.example"))
    assert response.status_code == 403
    assert 'id="membership-ended"' in response.content.decode()
    assert MemberOrganisation.objects.get(pk=organisation.pk).website == "https://oost.example"
    assert not entries().exists()


def test_a_visitor_who_is_not_logged_in_changes_nothing(client, contact_person):
    response = client.post(URL, details(website="https://nieuw.example"))
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")
    assert not entries().exists()


@pytest.mark.parametrize("count", [3, 50])
def test_the_form_renders_within_the_query_budget(client, home_page, count):
    contact_person = ContactPersonFactory(
        organisation=MemberOrganisationFactory(
            municipalities=[f"Gemeente {number}" for number in range(count)]
        )
    )
    client.force_login(contact_person.user)
    warm_up(client, URL)
    assert queries_for(client, URL) <= QUERY_BUDGET


def test_the_membership_administration_reads_the_changes_in_the_history(
    client, contact_person, role_users
):
    member = Client()
    member.force_login(contact_person.user)
    member.post(URL, details(website="https://nieuw.example"))
    history = reverse("member_organisations:history", args=[contact_person.organisation.pk])

    client.force_login(role_users[MEMBER_ADMINISTRATION])
    response = client.get(history)
    assert response.status_code == 200
    html = response.content.decode()
    assert "https://nieuw.example" in html
    assert "https://oost.example" in html
    assert contact_person.user.get_full_name() in html


def test_the_editors_cannot_read_the_history(client, contact_person, role_users):
    member = Client()
    member.force_login(contact_person.user)
    member.post(URL, details(website="https://nieuw.example"))
    history = reverse("member_organisations:history", args=[contact_person.organisation.pk])

    client.force_login(role_users[EDITORS])
    response = client.get(history)
    assert response.status_code in (302, 403)
    assert "https://nieuw.example" not in response.content.decode()


def test_hostile_text_is_shown_as_text_in_the_history(client, contact_person, role_users):
    member = Client()
    member.force_login(contact_person.user)
    member.post(URL, details(street_address="<img src=x onerror=alert(1)>"))
    history = reverse("member_organisations:history", args=[contact_person.organisation.pk])
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    html = client.get(history).content.decode()
    assert "<img src=x onerror" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
