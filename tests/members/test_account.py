"""The members' area home, /mijn-organisatie/: a contact person sees their own
organisation; a visitor is sent to log in; another account is told why it has no
members' area; a contact person of an ended membership sees that it ended."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from tests.factories import ContactPersonFactory, MemberOrganisationFactory
from tests.helpers import QUERY_BUDGET, queries_for, warm_up

pytestmark = pytest.mark.django_db

URL = "/mijn-organisatie/"


@pytest.fixture
def contact_person(home_page):
    return ContactPersonFactory(
        organisation=MemberOrganisationFactory(
            name="Welzijn Oost", website="https://oost.example", municipalities=["Utrecht"]
        ),
        user__first_name="Anna",
        user__last_name="de Vries",
    )


def test_a_visitor_is_sent_to_the_login_page(client, home_page):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?next=/mijn-organisatie/"


def test_a_contact_person_sees_their_own_organisation(client, contact_person):
    MemberOrganisationFactory(name="Welzijn West")
    client.force_login(contact_person.user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Welzijn Oost" in html
    assert "Welzijn West" not in html
    assert 'href="https://oost.example"' in html
    assert "Utrecht" in html
    assert contact_person.user.email in html
    assert 'id="edit-organisation" href="/mijn-organisatie/wijzigen/"' in html
    assert 'id="download-data" href="/mijn-organisatie/mijn-gegevens/"' in html
    assert 'id="membership-ended"' not in html
    # The KvK number is not one of the public details.
    assert contact_person.organisation.kvk_number not in html


def test_the_page_is_personal_and_kept_by_no_cache(client, contact_person):
    client.force_login(contact_person.user)
    response = client.get(URL)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_an_account_that_is_no_contact_person_is_told_so(client, home_page):
    editor = get_user_model().objects.create_user("redacteur", "r@example.org", "x")
    client.force_login(editor)
    response = client.get(URL)
    # Not a login loop: a page that says why, with a refusal's status.
    assert response.status_code == 403
    assert 'id="not-a-contact-person"' in response.content.decode()
    assert client.get("/mijn-organisatie/mijn-gegevens/").status_code == 403
    assert client.get("/mijn-organisatie/wijzigen/").status_code == 403


def test_a_contact_person_of_an_ended_membership_sees_it_ended(client, contact_person):
    organisation = contact_person.organisation
    organisation.status = "ended"
    organisation.ended_on = datetime.date(2026, 3, 31)
    organisation.save()
    client.force_login(contact_person.user)
    html = client.get(URL).content.decode()
    assert 'id="membership-ended"' in html
    assert "31 " in html and "2026" in html
    assert 'id="edit-organisation"' not in html
    assert 'id="download-data"' in html


@pytest.mark.parametrize("count", [3, 50])
def test_the_page_renders_within_the_query_budget(client, home_page, count):
    contact_person = ContactPersonFactory(
        organisation=MemberOrganisationFactory(
            municipalities=[f"Gemeente {number}" for number in range(count)]
        )
    )
    client.force_login(contact_person.user)
    warm_up(client, URL)
    assert queries_for(client, URL) <= QUERY_BUDGET
