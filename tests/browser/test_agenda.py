"""The agenda in Chromium: a visitor filters it on a phone; an editor adds an event in
the admin, and the member administration looks up who registered (the screenshots of
the editors' guide)."""

import pytest
from playwright.sync_api import expect

from agenda.models import AgendaIndexPage, EventPage, EventRegistration
from sociaalwerk.editorial.roles import EDITORS, MEMBER_ADMINISTRATION, setup_roles
from tests.agenda.registration_helpers import add_registrations
from tests.browser.admin_steps import THEME, log_in, make_user, screenshot
from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_on_a_phone_filters_the_agenda_by_theme(page, live_server, demo_site):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/agenda/")
    cards = page.locator(".event-card")
    everything = cards.count()
    page.get_by_label("Thema").select_option(value="sterke-sociale-basis")
    page.get_by_role("button", name="Filteren").click()
    expect(page).to_have_url(f"{live_server.url}/agenda/?thema=sterke-sociale-basis&maand=")
    assert 0 < cards.count() < everything
    expect(cards.first).to_contain_text("Webinar: meer inzicht in de veerkracht van wijken")
    expect(page.locator(".filters__clear")).to_have_attribute("href", "/agenda/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Afgelopen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afgelopen activiteiten")


def test_an_editor_adds_an_event_with_its_date_place_and_theme(page, live_server, demo_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    setup_roles()
    make_user("redacteur", EDITORS, "Rosa")
    log_in(page, live_server, "redacteur")
    agenda = AgendaIndexPage.objects.get()
    page.goto(f"{live_server.url}/admin/pages/{agenda.pk}/")
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Activiteit")
    page.locator("#id_title").fill("Regiobijeenkomst Zuid")
    page.locator("#id_start_date").fill("2030-04-16")
    page.locator("#id_start_time").fill("13:00")
    page.locator("#id_end_time").fill("17:00")
    page.get_by_role("textbox", name="Inleiding").fill("Leden in het zuiden ontmoeten elkaar.")
    page.get_by_role("button", name="Kies een pagina (Thema)").click()
    page.get_by_role("dialog").get_by_role("link", name=THEME).click()
    page.locator("#id_venue").fill("De Effenaar")
    page.locator("#id_city").fill("Eindhoven")
    page.locator("main#main").evaluate("main => { main.scrollLeft = 0; }")
    page.locator("#id_start_date").scroll_into_view_if_needed()
    screenshot(page, "11-activiteit-toevoegen.png")
    page.get_by_role("button", name="Bewaar concept").click()
    expect(page.get_by_text("is aangemaakt")).to_be_visible()
    event = EventPage.objects.get(slug="regiobijeenkomst-zuid")
    assert event.latest_revision.as_object().when == "dinsdag 16 april 2030, 13.00–17.00 uur"


def test_the_member_administration_finds_who_registered_from_the_dashboard(
    page, live_server, demo_site
):
    page.set_viewport_size({"width": 1280, "height": 800})
    setup_roles()
    make_user("ledenadministratie", MEMBER_ADMINISTRATION, "Lotte")
    event = EventPage.objects.get(slug="regiobijeenkomst-noord")
    add_registrations(event, 3, organisation="Welzijn Noord")
    add_registrations(event, 1, status=EventRegistration.Status.CANCELLED)
    log_in(page, live_server, "ledenadministratie")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=event.title))
    expect(row).to_contain_text("3 / 25")
    row.get_by_role("link", name=event.title).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanmeldingen voor activiteiten")
    screenshot(page, "12-aanmeldingen-activiteit.png")
    expect(page.get_by_role("table")).to_contain_text("deelnemer1@example.org")
