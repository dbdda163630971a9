"""The group "Leden" holds exactly the contact persons with an active account of an
active organisation; ending a membership ends members-only access at once."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from members.member_group import sync_organisations
from members.models import MemberOrganisation
from sociaalwerk.editorial.roles import MEMBERS
from tests.factories import ContactPersonFactory

pytestmark = pytest.mark.django_db


def in_group(user):
    return user.groups.filter(name=MEMBERS).exists()


@pytest.fixture
def person(home_page):
    return ContactPersonFactory()


def end(organisation):
    organisation.status = MemberOrganisation.Status.ENDED
    organisation.save()


def test_a_contact_person_of_an_active_organisation_is_a_member(person):
    assert in_group(person.user)


def test_ending_and_reactivating_the_membership(person):
    organisation = person.organisation
    end(organisation)
    assert not in_group(person.user)
    organisation.status = MemberOrganisation.Status.ACTIVE
    organisation.ended_on = None
    organisation.save()
    assert in_group(person.user)


def test_a_queryset_update_followed_by_the_sync(person):
    MemberOrganisation.objects.filter(pk=person.organisation.pk).update(
        status=MemberOrganisation.Status.ENDED
    )
    sync_organisations([person.organisation.pk])
    assert not in_group(person.user)


def test_a_deactivated_account_leaves_the_group(person):
    person.user.is_active = False
    person.user.save()
    assert not in_group(person.user)


def test_a_contact_person_of_an_ended_organisation_is_no_member(home_page):
    person = ContactPersonFactory(organisation__status=MemberOrganisation.Status.ENDED)
    assert not in_group(person.user)


def test_others_are_never_added(person, django_user_model):
    editor = django_user_model.objects.create_user("redacteur")
    editor.save()
    assert not in_group(editor)


def test_ending_the_membership_ends_access_to_members_only_pages_at_once(client, person, home_page):
    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBERS))
    client.force_login(person.user)
    assert client.get(home_page.url).status_code == 200
    end(person.organisation)
    # Logged in but no longer a member: refused, not sent to the login again.
    assert client.get(home_page.url).status_code == 403


def test_ending_via_the_admin_form_refuses_the_members_next_request(
    client, person, home_page, role_users
):
    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBERS))
    client.force_login(person.user)
    assert client.get(home_page.url).status_code == 200

    administration = Client()
    administration.force_login(role_users["Ledenadministratie"])
    organisation = person.organisation
    response = administration.post(
        f"/admin/ledenorganisaties/edit/{organisation.pk}/",
        {
            "name": organisation.name,
            "kvk_number": organisation.kvk_number,
            "street_address": organisation.street_address,
            "postcode": organisation.postcode,
            "city": organisation.city,
            "chosen_province": "",
            "website": "",
            "member_since": "2020-01-01",
            "status": "ended",
            "ended_on": "2026-12-01",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get(home_page.url).status_code == 403


def test_ending_by_the_import_takes_the_group_away(home_page):
    from members.organisation_import import import_organisations

    person = ContactPersonFactory(organisation__kvk_number="12345678", organisation__name="Welzijn")
    header = "Naam;KvK-nummer;Bezoekadres;Postcode;Plaats;Lid sinds;Status;Einde lidmaatschap"
    row = "Welzijn;12345678;Markt 1;9711 AA;Groningen;2010-01-01;beëindigd;2026-12-01"
    report = import_organisations(f"{header}\r\n{row}\r\n".encode())
    assert report.errors == [], report.errors
    assert not in_group(person.user)
