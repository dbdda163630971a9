"""The member directory in the page cache: every search, province and page served from
it, stale the moment an organisation, its municipalities or its logo changes (after the
commit), kept when an unrelated page is published; a visitor with a session gets it
rendered, and a cached copy holds no personal data and no CSRF token."""

import pytest
import wagtail_factories
from django.conf import settings
from django.core.cache import cache

from members.models import Municipality
from members.organisation_import import import_organisations
from tests.factories import (
    ContactPersonFactory,
    MemberOrganisationFactory,
    MunicipalityFactory,
    StandardPageFactory,
)
from tests.page_cache.helpers import assert_served_from_cache, fetch, warm

pytestmark = pytest.mark.django_db

VARIANTS = ["/leden/", "/leden/?q=Eem", "/leden/?provincie=utrecht", "/leden/?page=2"]


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def eem(directory):
    """ "A Welzijn Eem" in Amersfoort (Utrecht), first of two pages of members in Utrecht
    and one in Overijssel. Zeist is a municipality where none of them works."""
    MunicipalityFactory(name="Zeist")
    MemberOrganisationFactory.create_batch(20, name="Welzijn Utrecht")
    MemberOrganisationFactory(name="Sociaal Werk Zwolle", city="Zwolle", postcode="8011 AA")
    return MemberOrganisationFactory(
        name="A Welzijn Eem", city="Amersfoort", municipalities=["Leusden"]
    )


def rendered(client, url):
    response, queries = fetch(client, url)
    assert response.status_code == 200 and queries > 0, url
    return response.content.decode()


def test_every_search_province_and_page_is_served_from_the_cache(client, cached, eem):
    warm(client, VARIANTS)
    assert "Sociaal Werk Zwolle" not in rendered(client, "/leden/?q=Zwolle&provincie=utrecht")
    assert "Sociaal Werk Zwolle" in rendered(client, "/leden/?q=Zwolle")
    assert "A Welzijn Eem" not in rendered(client, "/leden/?provincie=overijssel")


def test_a_long_search_is_answered_but_not_stored(client, cached, eem):
    long_term = "Eem" + "x" * 60
    for _ in range(2):
        assert 'id="directory' in rendered(client, f"/leden/?q={long_term}")


def change_name(organisation):
    organisation.name = "A Welzijn Eemland"
    organisation.save()


def change_city(organisation):
    organisation.city = "Eemnes"
    organisation.save()


def end_membership(organisation):
    organisation.status = organisation.Status.ENDED
    organisation.ended_on = "2025-01-01"
    organisation.save()


def move_to_another_province(organisation):
    organisation.postcode = "8011 AB"
    organisation.save()


def set_municipalities(organisation):
    organisation.municipalities.set([Municipality.objects.get(name="Zeist")])


def rename_municipality(organisation):
    municipality = organisation.municipalities.get()
    municipality.name = "Eemnes"
    municipality.save()


def delete(organisation):
    organisation.delete()


@pytest.mark.parametrize(
    ("change", "shown"),
    [
        (change_name, "A Welzijn Eemland"),
        (change_city, "Eemnes"),
        (end_membership, None),
        (move_to_another_province, "Amersfoort, Overijssel"),
        (set_municipalities, "Zeist"),
        (rename_municipality, "Eemnes"),
        (delete, None),
    ],
)
def test_a_changed_organisation_is_never_served_stale(client, cached, commit, eem, change, shown):
    warm(client, VARIANTS)
    commit(change, eem)
    for url in VARIANTS[:2]:
        html = rendered(client, url)
        if shown is None:
            assert "A Welzijn Eem" not in html, url
        else:
            assert shown in html, url
    assert "A Welzijn Eem" not in rendered(client, "/leden/?page=2")


def test_a_logo_changed_or_deleted_makes_it_stale(client, cached, commit, eem):
    logo = wagtail_factories.ImageFactory(title="Logo")
    eem.logo = logo
    commit(eem.save)
    assert "max-160x80" in rendered(client, "/leden/")
    assert_served_from_cache(client, "/leden/")
    logo.focal_point_x = 10
    commit(logo.save)
    rendered(client, "/leden/")
    commit(logo.delete)
    assert "max-160x80" not in rendered(client, "/leden/")


def test_an_import_makes_it_stale(client, cached, commit, eem):
    warm(client, ["/leden/", "/leden/?q=Eem"])
    data = (
        "Naam;KvK-nummer;Postcode;Plaats;Lid sinds\r\n"
        f"A Welzijn Eemland;{eem.kvk_number};3811 AA;Amersfoort;2020-01-01\r\n"
    ).encode()
    report = commit(import_organisations, data)
    assert report.written and report.updated
    for url in ("/leden/", "/leden/?q=Eem"):
        assert "A Welzijn Eemland" in rendered(client, url)


def test_a_change_is_not_shown_before_its_commit(client, cached, eem):
    warm(client, ["/leden/"])
    change_name(eem)  # its transaction still open: the old name is what others see
    assert_served_from_cache(client, "/leden/")


def test_an_unrelated_page_publish_keeps_it_cached(client, cached, commit, eem, directory):
    warm(client, VARIANTS)
    page = StandardPageFactory(parent=directory.get_parent(), title="Over ons", slug="over-ons")
    commit(page.save_revision().publish)
    for url in VARIANTS:
        assert_served_from_cache(client, url)


def test_a_visitor_with_a_session_gets_it_rendered_and_private(client, cached, eem):
    warm(client, ["/leden/"])
    client.cookies[settings.SESSION_COOKIE_NAME] = "a-visitor"
    response, queries = fetch(client, "/leden/")
    assert queries > 0 and "X-Cache" not in response
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}


def test_a_cached_copy_holds_no_personal_data_and_no_csrf_token(client, cached, directory):
    contact = ContactPersonFactory(organisation__name="Welzijn Privé")
    warm(client, ["/leden/"])
    response = assert_served_from_cache(client, "/leden/")
    html = response.content.decode()
    assert "Welzijn Priv" in html and 'method="get"' in html
    assert "csrfmiddlewaretoken" not in html and not response.cookies
    for private in (
        contact.organisation.kvk_number,
        contact.organisation.street_address,
        contact.user.email,
        contact.user.last_name,
    ):
        assert private not in html
