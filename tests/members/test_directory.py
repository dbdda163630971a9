"""The public directory "Onze leden": active members only, searched and filtered, with
public facts only, within the query budget and never a 500 on bad input."""

import pytest

from members.models import MemberOrganisation
from tests.factories import ContactPersonFactory, MemberOrganisationFactory
from tests.helpers import QUERY_BUDGET, queries_for, warm_up

pytestmark = pytest.mark.django_db


def names_on(response):
    return [organisation.name for organisation in response.context["organisations"]]


def test_lists_active_members_but_never_ended_ones(client, directory):
    MemberOrganisationFactory(name="Welzijn Actief")
    MemberOrganisationFactory(
        name="Welzijn Gestopt",
        status=MemberOrganisation.Status.ENDED,
        ended_on="2024-01-01",
    )
    response = client.get("/leden/")
    assert response.status_code == 200
    assert names_on(response) == ["Welzijn Actief"]
    assert b"Welzijn Gestopt" not in response.content


def test_shows_no_kvk_number_or_contact_person(client, directory):
    contact = ContactPersonFactory(organisation__name="Welzijn Privé")
    response = client.get("/leden/")
    assert b"Welzijn Priv" in response.content
    assert contact.organisation.kvk_number.encode() not in response.content
    assert contact.user.email.encode() not in response.content
    assert contact.user.last_name.encode() not in response.content


@pytest.mark.parametrize("term", ["amers", "AMERSFOORT", "leusden"])
def test_searches_name_city_and_municipality(client, directory, term):
    MemberOrganisationFactory(name="Welzijn Eem", city="Amersfoort", municipalities=["Leusden"])
    MemberOrganisationFactory(name="Sociaal Werk Zwolle", city="Zwolle", postcode="8011 AA")
    if term == "amers":
        MemberOrganisationFactory(name="Amersbureau", city="Baarn")
    response = client.get("/leden/", {"q": term})
    assert "Welzijn Eem" in names_on(response)
    assert "Sociaal Werk Zwolle" not in names_on(response)


def test_filters_by_province_and_counts_each(client, directory):
    MemberOrganisationFactory(name="Utrechts Lid", postcode="3511 AA")
    MemberOrganisationFactory(name="Zwols Lid", city="Zwolle", postcode="8011 AA")
    MemberOrganisationFactory(name="Deventer Lid", city="Deventer", postcode="7411 AA")
    response = client.get("/leden/", {"provincie": "overijssel"})
    assert sorted(names_on(response)) == ["Deventer Lid", "Zwols Lid"]
    counts = {value: count for value, _label, count in response.context["provinces"]}
    assert counts == {"overijssel": 2, "utrecht": 1}
    assert b'?provincie=overijssel" aria-current="page"' in response.content


def test_paginates(client, directory):
    MemberOrganisationFactory.create_batch(25)
    first = client.get("/leden/")
    second = client.get("/leden/", {"page": 2})
    assert len(names_on(first)) == 20
    assert len(names_on(second)) == 5
    assert not set(names_on(first)) & set(names_on(second))


@pytest.mark.parametrize(
    "query",
    [
        {"provincie": "atlantis"},
        {"q": "x" * 10000},
        {"q": "<script>alert(1)</script>"},
        {"q": "' OR 1=1; --"},
        {"q": "Fryslân \u0000 😀"},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
    ],
)
def test_bad_input_is_never_an_error(client, directory, query):
    MemberOrganisationFactory(name="Welzijn Eem")
    response = client.get("/leden/", query)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_nothing_found_links_back(client, directory):
    MemberOrganisationFactory(name="Welzijn Eem")
    response = client.get("/leden/", {"q": "bestaatniet"})
    assert b'id="directory-empty"' in response.content
    assert b'href="/leden/"' in response.content


@pytest.mark.parametrize("count", [3, 300])
def test_renders_within_the_query_budget(client, directory, count):
    for organisation in MemberOrganisationFactory.create_batch(count):
        organisation.municipalities.set([])
    MemberOrganisationFactory(municipalities=["Leusden", "Woudenberg"])
    warm_up(client, "/leden/")
    assert queries_for(client, "/leden/") <= QUERY_BUDGET
    assert queries_for(client, "/leden/?q=lid&provincie=utrecht&page=2") <= QUERY_BUDGET
