"""The membership administration adds and invites contact persons in the admin, also
straight from "Lid maken"; the editorial roles see none of it."""

import re

import pytest
from django.core import mail

from members.models import ContactPerson, MemberOrganisation
from members.organisation_admin import OrganisationFromApplicationView
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, MEMBERS
from tests.factories import (
    ContactPersonFactory,
    MemberOrganisationFactory,
    MembershipApplicationFactory,
)

pytestmark = pytest.mark.django_db

LISTING = "/admin/ledenorganisaties/"


def contacts_url(organisation):
    return f"{LISTING}{organisation.pk}/contactpersonen/"


NEW_PERSON = {
    "first_name": "Bert",
    "last_name": "Jansen",
    "email": "Bert@West.example",
    "role": "Coördinator",
    "phone": "030 765 43 21",
    "send_invitation": "on",
}


def test_the_administration_adds_and_invites_a_contact_person(client, role_users, home_page):
    organisation = MemberOrganisationFactory(name="Welzijn West")
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    edit = client.get(f"{LISTING}edit/{organisation.pk}/").content.decode()
    assert contacts_url(organisation) in edit
    assert client.get(contacts_url(organisation)).status_code == 200

    response = client.post(contacts_url(organisation), NEW_PERSON)
    assert response.status_code == 302
    person = ContactPerson.objects.get()
    assert (person.user.username, person.user.email) == ("bert@west.example",) * 2
    assert (person.role, person.phone, person.organisation) == (
        "Coördinator",
        "030 765 43 21",
        organisation,
    )
    assert not person.user.has_usable_password()
    assert not person.user.is_staff
    assert person.user.groups.filter(name=MEMBERS).exists()
    assert mail.outbox[0].to == ["bert@west.example"]
    assert "/uitnodiging/" in mail.outbox[0].body

    listing = client.get(contacts_url(organisation)).content.decode()
    assert "Bert Jansen" in listing and "bert@west.example" in listing

    # Invite again: a fresh link by POST; a GET sends nothing.
    invite = f"{contacts_url(organisation)}{person.pk}/uitnodigen/"
    client.get(invite)
    assert len(mail.outbox) == 1
    assert client.post(invite).status_code == 302
    assert len(mail.outbox) == 2


def test_an_address_with_an_account_is_refused_in_any_case(client, role_users, home_page):
    ContactPersonFactory(user__username="bert@west.example", user__email="bert@west.example")
    organisation = MemberOrganisationFactory()
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    response = client.post(contacts_url(organisation), NEW_PERSON)
    assert response.status_code == 200
    assert ContactPerson.objects.count() == 1
    assert not mail.outbox


def test_hostile_input_is_stored_as_text(client, role_users, home_page):
    organisation = MemberOrganisationFactory()
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    data = {**NEW_PERSON, "first_name": "<script>alert(1)</script>", "send_invitation": ""}
    client.post(contacts_url(organisation), data)
    listing = client.get(contacts_url(organisation)).content.decode()
    assert "<script>alert(1)</script>" not in listing
    assert not mail.outbox
    assert (
        client.post(contacts_url(organisation), {**NEW_PERSON, "email": "x" * 300}).status_code
        == 200
    )


def test_the_editorial_roles_see_no_contact_persons(client, role_users, home_page):
    person = ContactPersonFactory(user__first_name="Geheime", user__last_name="Persoon")
    urls = [
        contacts_url(person.organisation),
        f"{contacts_url(person.organisation)}{person.pk}/uitnodigen/",
    ]
    for role in (EDITORS, CHIEF_EDITORS):
        client.force_login(role_users[role])
        for url in urls:
            for response in (client.get(url), client.post(url, NEW_PERSON)):
                assert response.status_code in (302, 403), (role, url)
                assert b"Geheime" not in response.content
    assert ContactPerson.objects.count() == 1
    assert not mail.outbox


def make_member_url(application):
    return f"{LISTING}uit-aanvraag/{application.pk}/"


ORGANISATION = {
    "name": "Welzijn Oost",
    "kvk_number": "24681357",
    "street_address": "Oostweg 5",
    "postcode": "7511 AA",
    "city": "Enschede",
    "chosen_province": "",
    "website": "",
    "member_since": "2026-12-01",
    "status": "active",
    "ended_on": "",
}


@pytest.fixture
def application(db):
    return MembershipApplicationFactory(
        status="accepted",
        contact_name="Jan de Vries",
        email="Jan@Oost.example",
        contact_role="Directeur",
        phone="0301234567",
    )


def test_make_member_offers_to_invite_the_applications_contact_person(
    client, role_users, home_page, application, django_capture_on_commit_callbacks
):
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    form = client.get(make_member_url(application)).content.decode()
    assert re.search(r'name="invite_contact_person" value="1" checked', form)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            make_member_url(application), {**ORGANISATION, "invite_contact_person": "1"}
        )
    assert response.status_code == 302
    person = ContactPerson.objects.get()
    assert person.organisation == MemberOrganisation.objects.get()
    assert (person.user.first_name, person.user.last_name) == ("Jan", "de Vries")
    assert (person.user.username, person.role, person.phone) == (
        "jan@oost.example",
        "Directeur",
        "0301234567",
    )
    assert mail.outbox[0].to == ["jan@oost.example"]


def test_make_member_without_the_invitation(client, role_users, home_page, application):
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    assert client.post(make_member_url(application), ORGANISATION).status_code == 302
    assert MemberOrganisation.objects.count() == 1
    assert not ContactPerson.objects.exists()


def test_make_member_sent_twice_at_once_gives_a_message(
    client, role_users, home_page, application, monkeypatch
):
    original = OrganisationFromApplicationView.get_form

    def other_window_first(view, *args, **kwargs):
        # The other request passed the same checks and saves just before this one.
        if view.request.method == "POST":
            MemberOrganisationFactory(application=application, kvk_number="13572468")
        return original(view, *args, **kwargs)

    monkeypatch.setattr(OrganisationFromApplicationView, "get_form", other_window_first)
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    response = client.post(make_member_url(application), ORGANISATION, follow=True)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert response.redirect_chain[-1][0].startswith(f"{LISTING}edit/")
    assert MemberOrganisation.objects.count() == 1


def test_make_member_when_the_kvk_number_was_taken_just_now(
    client, role_users, home_page, application, monkeypatch
):
    original = OrganisationFromApplicationView.get_form

    def other_window_first(view, *args, **kwargs):
        if view.request.method == "POST":
            MemberOrganisationFactory(kvk_number=ORGANISATION["kvk_number"])
        return original(view, *args, **kwargs)

    monkeypatch.setattr(OrganisationFromApplicationView, "get_form", other_window_first)
    monkeypatch.setattr(
        "members.organisation_admin.MemberOrganisationForm.validate_unique", lambda form: None
    )
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    response = client.post(make_member_url(application), ORGANISATION)
    assert response.status_code == 302
    assert response["Location"] == make_member_url(application)
