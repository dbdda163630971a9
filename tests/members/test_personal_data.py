"""AVG: a contact person downloads what the site stores about them, and nothing about
anyone else."""

import datetime
import json

import pytest

from agenda.models import EventRegistration
from tests.factories import (
    AgendaIndexPageFactory,
    ContactPersonFactory,
    EventPageFactory,
    MemberOrganisationFactory,
    MembershipApplicationFactory,
)

pytestmark = pytest.mark.django_db

URL = "/mijn-organisatie/mijn-gegevens/"


@pytest.fixture
def people(home_page):
    """Two contact persons of two organisations, each with an application, an event
    registration and a change of their organisation."""
    agenda = AgendaIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=agenda, title="Ledenvergadering", registration="on_site", capacity=50
    )
    people = []
    for name in ("anna", "bram"):
        person = ContactPersonFactory(
            user__username=f"{name}@example.org",
            organisation=MemberOrganisationFactory(name=f"Welzijn {name}"),
            role=f"Rol van {name}",
        )
        MembershipApplicationFactory(email=f"{name.upper()}@example.org", contact_name=name)
        EventRegistration.objects.create(
            event=event, name=name, email=f"{name}@example.org", status="confirmed"
        )
        people.append(person)
    return people


def download(client, person):
    client.force_login(person.user)
    # A change of their own organisation, to appear among the changes they made.
    client.post(
        "/mijn-organisatie/wijzigen/",
        {
            "street_address": f"Straat van {person.user.username}",
            "postcode": "3511 AA",
            "city": "Utrecht",
        },
    )
    return client.get(URL)


def test_the_download_is_a_json_file_that_no_cache_keeps(client, people):
    response = download(client, people[0])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="mijn-gegevens.json"'
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_download_holds_what_is_stored_about_the_person(client, people):
    anna = people[0]
    data = json.loads(download(client, anna).content)
    assert data["account"]["e-mailadres"] == "anna@example.org"
    assert data["account"]["laatst_ingelogd"] is None or "T" in data["account"]["laatst_ingelogd"]
    assert data["account"]["account_aangemaakt"]
    assert data["contactpersoon"]["functie"] == "Rol van anna"
    assert data["organisatie"]["naam"] == "Welzijn anna"
    assert data["organisatie"]["bezoekadres"] == "Straat van anna@example.org"
    assert [change["gegevens"]["changes"][0]["field"] for change in data["wijzigingen"]] == [
        "street_address"
    ]
    # The application with the same address, whatever its capitals.
    assert [a["contactpersoon"] for a in data["lidmaatschapsaanvragen"]] == ["anna"]
    assert [r["naam"] for r in data["aanmeldingen_activiteiten"]] == ["anna"]
    assert data["aanmeldingen_activiteiten"][0]["activiteit"] == "Ledenvergadering"


def test_the_download_holds_nothing_of_another_person(client, people):
    content = download(client, people[0]).content.decode()
    assert "bram" not in content.lower()


def test_a_contact_person_of_an_ended_membership_can_still_download(client, home_page):
    person = ContactPersonFactory(
        organisation=MemberOrganisationFactory(status="ended", ended_on=datetime.date(2026, 1, 31))
    )
    client.force_login(person.user)
    data = json.loads(client.get(URL).content)
    assert data["organisatie"]["status"] == "ended"
    assert data["organisatie"]["lidmaatschap_beeindigd_op"] == "2026-01-31"


def test_a_visitor_is_sent_to_log_in(client, home_page):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")
