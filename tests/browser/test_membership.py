"""A prospective member applies in Chromium; the bureau handles it in the admin. A visitor
sends a message, which the member administration opens from the mail."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from members.models import MembershipApplication
from sociaalwerk.editorial.roles import MEMBER_ADMINISTRATION, setup_roles
from tests.browser.admin_steps import log_in, make_user
from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _no_fill_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    cache.clear()


def fill_application(page):
    page.get_by_label("Naam organisatie").fill("Stichting Welzijn Één")
    page.get_by_label("KvK-nummer").fill("1234 5678")
    page.get_by_label("Straat en huisnummer").fill("Oudegracht 1")
    page.get_by_label("Postcode").fill("3511aa")
    page.get_by_label("Plaats").fill("Utrecht")
    page.get_by_label("Aantal medewerkers").fill("85")
    page.get_by_label("Contactpersoon").fill("Anna de Vries")
    page.get_by_label("E-mailadres").fill("anna@welzijn.example")
    page.get_by_label("Telefoon").fill("06-12345678")


def test_applicant_applies_and_the_bureau_handles_it(page, live_server, demo_site, artifacts_dir):
    page.goto(live_server.url)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Lid worden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lid worden")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Aanvraag versturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Verbeter de velden")
    expect(page.get_by_label("Naam organisatie")).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=artifacts_dir / "membership-errors-phone.png", full_page=True)

    fill_application(page)
    page.get_by_label("Ik ga akkoord met de privacyverklaring").check()
    page.get_by_role("button", name="Aanvraag versturen").click()
    expect(page).to_have_url(f"{live_server.url}/lid-worden/bedankt/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor uw aanvraag")
    page.reload()
    assert MembershipApplication.objects.count() == 1

    application = MembershipApplication.objects.get()
    assert (application.postcode, application.kvk_number) == ("3511 AA", "12345678")
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@welzijn.example",
        "bureau@sociaalwerknederland.nl",
    ]

    get_user_model().objects.create_superuser("bureau", "b@example.org", "bureau-wachtwoord")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("bureau")
    page.locator("#id_password").fill("bureau-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"{live_server.url}/admin/aanmeldingen/")
    page.get_by_role("link", name="Stichting Welzijn Één").click()
    page.locator("#id_status").select_option(label="In behandeling")
    page.get_by_label("Notities").fill("Bellen voor kennismaking.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("table")).to_contain_text("In behandeling")
    application.refresh_from_db()
    assert (application.status, application.notes) == ("in_review", "Bellen voor kennismaking.")

    export = page.context.request.get(f"{live_server.url}/admin/aanmeldingen/?export=csv")
    assert export.headers["content-type"].startswith("text/csv")
    content = export.text()
    assert "Stichting Welzijn Één" in content and "In behandeling" in content


def test_visitor_sends_a_message_and_the_member_administration_opens_it_from_the_mail(
    page, live_server, demo_site
):
    setup_roles()
    make_user("ledenadmin", MEMBER_ADMINISTRATION, "Lotte")
    page.goto(f"{live_server.url}/contact/")
    assert_no_axe_violations(page)
    page.get_by_label("Naam").fill("Jan Jansen")
    page.get_by_label("E-mailadres").fill("jan@example.org")
    # The browser keeps what fits in the field; a text sent past the limit anyway (by a
    # script, or a browser that ignores it) is refused in Dutch and kept to be shortened.
    message = page.get_by_label("Bericht")
    too_long = "Een lange vraag over de contributie. " * 140
    message.fill(too_long)
    expect(message).to_have_value(too_long[:5000])
    message.evaluate("(field) => field.removeAttribute('maxlength')")
    message.fill(too_long)
    page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_text("niet meer dan 5000 tekens")).to_be_visible()
    expect(page.get_by_label("Bericht")).to_have_value(too_long)
    assert_no_axe_violations(page)
    assert mail.outbox == []

    page.get_by_label("Bericht").fill("Wanneer is de volgende ledenvergadering?")
    page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_text("Bedankt voor uw bericht.")).to_be_visible()
    assert_no_axe_violations(page)
    assert [m.to for m in mail.outbox] == [["bureau@sociaalwerknederland.nl"]]

    # The member administration follows the link in the mail.
    link = re.search(r"http://testserver(/admin/\S+)", mail.outbox[0].body).group(1)
    log_in(page, live_server, "ledenadmin")
    page.goto(live_server.url + link)
    expect(page.get_by_text("Wanneer is de volgende ledenvergadering?")).to_be_visible()
    expect(page.get_by_text("Jan Jansen")).to_be_visible()
