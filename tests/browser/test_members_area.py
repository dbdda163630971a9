"""A contact person in Chromium: their organisation at /mijn-organisatie/, the form to
change its public details (an error, then a save), each page checked with axe and
photographed on a phone and a wide screen; then the membership administration reads the
change in the organisation's history in the admin."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from members.models import MemberOrganisation
from sociaalwerk.editorial.roles import MEMBER_ADMINISTRATION, setup_roles
from tests.browser.admin_steps import log_in, make_user
from tests.browser.conftest import assert_no_axe_violations
from tests.factories import ContactPersonFactory, MemberOrganisationFactory, MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in_as(page, live_server, user):
    """The browser gets the session of ``user``, as ``Client.force_login`` makes it: the
    members' login page is not what these tests are about."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def photograph(page, artifacts_dir, name):
    for label, width in (("phone", 360), ("wide", 1280)):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=artifacts_dir / f"{name}-{label}.png", full_page=True)


def test_a_contact_person_changes_their_organisations_details(
    page, live_server, demo_site, artifacts_dir
):
    MunicipalityFactory(name="Gouda", province="zuid-holland")
    contact_person = ContactPersonFactory(
        organisation=MemberOrganisationFactory(
            name="Stichting Welzijn Oost",
            website="https://welzijn-oost.example",
            municipalities=["Utrecht", "Zeist"],
        ),
        user__first_name="Anna",
        user__last_name="de Vries",
    )
    log_in_as(page, live_server, contact_person.user)

    page.goto(f"{live_server.url}/mijn-organisatie/")
    expect(page.locator("#organisation-heading")).to_have_text("Stichting Welzijn Oost")
    expect(page.locator("#organisation-details")).to_contain_text("Zeist")
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "members-area")

    page.locator("#edit-organisation").click()
    expect(page).to_have_url(f"{live_server.url}/mijn-organisatie/wijzigen/")
    page.locator("#id_postcode").fill("12")
    page.locator("#organisation-form button[type=submit]").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("#id_postcode")).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "members-area-edit-errors")

    page.locator("#id_postcode").fill("2801jk")
    page.locator("#id_city").fill("Gouda")
    page.locator("summary", has_text="Zuid-Holland").click()
    page.get_by_label("Gouda", exact=True).check()
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "members-area-edit")
    page.locator("#organisation-form button[type=submit]").click()

    expect(page).to_have_url(f"{live_server.url}/mijn-organisatie/")
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.locator("#organisation-details")).to_contain_text("2801 JK Gouda")
    assert_no_axe_violations(page)
    organisation = MemberOrganisation.objects.get(pk=contact_person.organisation_id)
    assert organisation.province == "zuid-holland"
    assert {m.name for m in organisation.municipalities.all()} == {"Utrecht", "Zeist", "Gouda"}

    # The membership administration reads the change in the organisation's history.
    setup_roles()
    make_user("ledenadministratie", MEMBER_ADMINISTRATION, "Lotte")
    log_in(page, live_server, "ledenadministratie")
    page.goto(f"{live_server.url}/admin/ledenorganisaties/history/{organisation.pk}/")
    entry = page.get_by_role("row").filter(has_text="Anna de Vries")
    expect(entry).to_contain_text("2801 JK")
    expect(entry).to_contain_text("Zuid-Holland")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=artifacts_dir / "members-area-admin-history.png", full_page=True)


def test_a_contact_person_of_an_ended_membership_can_only_download(
    page, live_server, demo_site, artifacts_dir
):
    contact_person = ContactPersonFactory(
        organisation=MemberOrganisationFactory(status="ended", ended_on="2026-03-31")
    )
    log_in_as(page, live_server, contact_person.user)
    page.goto(f"{live_server.url}/mijn-organisatie/")
    expect(page.locator("p#membership-ended")).to_be_visible()
    expect(page.locator("#edit-organisation")).to_have_count(0)
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "members-area-ended")
    with page.expect_download() as download:
        page.locator("#download-data").click()
    assert download.value.suggested_filename == "mijn-gegevens.json"
