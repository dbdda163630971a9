"""Registering for an event in Chromium: a full event says so on its page before anyone
fills in a form; the waiting list and a place are each confirmed; the cancel link from
the mail asks first and cancels on the button. Every page is checked by axe-core."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import add_registrations
from tests.browser.conftest import assert_no_axe_violations
from tests.factories import EventPageFactory, StandardPageFactory, build_content_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 800}


@pytest.fixture(autouse=True)
def _no_fill_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    cache.clear()


@pytest.fixture
def agenda():
    site = build_content_site()
    site.agenda.privacy_page = StandardPageFactory(
        parent=site.home, title="Privacyverklaring", slug="privacy"
    )
    site.agenda.save()
    return site


def full_event(site, *, waiting_list):
    event = EventPageFactory(
        parent=site.agenda,
        title="Regiobijeenkomst Utrecht" if waiting_list else "Congres Sociaal Werk",
        themes=[site.theme],
        registration="on_site",
        capacity=2,
        waiting_list=waiting_list,
    )
    add_registrations(event, 2)
    return event


def test_a_full_event_says_so_and_offers_the_waiting_list_before_any_form(
    page, live_server, agenda, artifacts_dir
):
    event = full_event(agenda, waiting_list=True)
    page.goto(live_server.url + event.url)
    registration = page.locator("section.registration")
    expect(registration.get_by_text("Vol", exact=True)).to_be_visible()
    expect(registration).to_contain_text("U kunt zich aanmelden voor de wachtlijst")
    expect(page.locator("form#registration-form")).to_have_count(0)
    expect(page.get_by_label("E-mailadres")).to_have_count(0)
    assert_no_axe_violations(page)
    page.set_viewport_size(PHONE)
    page.screenshot(path=artifacts_dir / "event-full-phone.png", full_page=True)

    page.get_by_role("link", name="Aanmelden voor de wachtlijst").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Aanmelden voor Regiobijeenkomst Utrecht"
    )
    expect(page.get_by_text("als u zich nu aanmeldt, komt u op de wachtlijst")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Aanmelden voor de wachtlijst").click()
    expect(page.get_by_role("alert")).to_contain_text("Verbeter de velden")
    expect(page.get_by_label("Naam")).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)

    page.get_by_label("Naam").fill("Zoë de Wit")
    page.get_by_label("Organisatie").fill("Stichting Één")
    page.get_by_label("E-mailadres").fill("zoe@example.org")
    page.get_by_label("Ik ga akkoord met de privacyverklaring").check()
    page.get_by_role("button", name="Aanmelden voor de wachtlijst").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("U staat op de wachtlijst")
    assert_no_axe_violations(page)
    saved = EventRegistration.objects.get(email="zoe@example.org")
    assert (saved.name, saved.status) == ("Zoë de Wit", "waiting")
    assert [m.to for m in mail.outbox] == [["zoe@example.org"]]


def test_a_full_event_without_waiting_list_says_so_and_links_no_form(page, live_server, agenda):
    event = full_event(agenda, waiting_list=False)
    page.goto(live_server.url + event.url)
    registration = page.locator("section.registration")
    expect(registration.get_by_text("Vol", exact=True)).to_be_visible()
    expect(registration).to_contain_text("aanmelden is niet meer mogelijk")
    expect(registration.get_by_role("link")).to_have_count(0)
    expect(page.locator("form#registration-form")).to_have_count(0)
    assert_no_axe_violations(page)


def test_a_place_is_confirmed_and_the_cancel_link_asks_before_it_cancels(page, live_server, agenda):
    event = EventPageFactory(
        parent=agenda.agenda,
        title="Webinar Jeugd",
        themes=[agenda.theme],
        registration="on_site",
        capacity=20,
    )
    page.goto(live_server.url + event.url)
    expect(page.locator("section.registration")).to_contain_text("Nog 20 plaatsen vrij")
    page.get_by_role("link", name="Aanmelden", exact=True).click()
    page.get_by_label("Naam").fill("Anna de Vries")
    page.get_by_label("E-mailadres").fill("anna@example.org")
    page.get_by_label("Ik ga akkoord met de privacyverklaring").check()
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("U bent aangemeld")
    assert_no_axe_violations(page)

    (message,) = mail.outbox
    path = re.search(r"http://localhost(/\S+/annuleren/\S+/)", message.body).group(1)
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw aanmelding annuleren?")
    assert_no_axe_violations(page)
    assert EventRegistration.objects.get().status == "confirmed"
    page.get_by_role("button", name="Annuleer mijn aanmelding").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw aanmelding is geannuleerd")
    assert EventRegistration.objects.get().status == "cancelled"
    page.goto(live_server.url + event.url)
    expect(page.locator("section.registration")).to_contain_text("Nog 20 plaatsen vrij")
