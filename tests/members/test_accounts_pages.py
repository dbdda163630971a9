"""The pages of accounts render with a fixed number of queries, and the page cache never
mixes a member's page with a visitor's."""

import pytest
from django.core.cache import cache
from django.test import Client

from members.invitations import make_token
from sociaalwerk.editorial.roles import MEMBER_ADMINISTRATION
from tests.factories import ContactPersonFactory, MemberOrganisationFactory
from tests.helpers import QUERY_BUDGET, queries_for, warm_up

pytestmark = pytest.mark.django_db


def test_the_contact_persons_screen_adds_no_query_per_person(client, role_users, home_page):
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    counts = []
    for count in (3, 50):
        organisation = MemberOrganisationFactory()
        ContactPersonFactory.create_batch(count, organisation=organisation)
        url = f"/admin/ledenorganisaties/{organisation.pk}/contactpersonen/"
        warm_up(client, url)
        counts.append(queries_for(client, url))
    assert counts[0] == counts[1]


def test_the_site_pages_of_accounts_stay_within_the_budget(client, home_page):
    person = ContactPersonFactory()
    for url in (
        "/inloggen/",
        "/wachtwoord-vergeten/",
        "/wachtwoord-vergeten/verstuurd/",
        f"/uitnodiging/{make_token(person.user)}/",
    ):
        warm_up(client, url)
        assert queries_for(client, url) <= QUERY_BUDGET, url


def test_the_page_cache_never_mixes_a_members_page_with_a_visitors(home_page, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    person = ContactPersonFactory(user__first_name="Zichtbaar", user__last_name="Lid")
    visitor = Client()
    assert 'action="/uitloggen/"' not in visitor.get("/").content.decode()
    member = Client()
    member.force_login(person.user)
    html = member.get("/").content.decode()
    assert 'action="/uitloggen/"' in html
    after = visitor.get("/").content.decode()
    assert 'action="/uitloggen/"' not in after
    assert "Zichtbaar" not in after
