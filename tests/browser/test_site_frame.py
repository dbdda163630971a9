"""A visitor and an editor in Chromium: the home page, the skip link, the admin login."""

import io
import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_is_dutch_with_header_and_footer(page, live_server, demo_site, artifacts_dir):
    page.goto(live_server.url)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sociaal Werk Nederland")
    # The wordmark: the mark is decoration, the name is the link home.
    logo = page.get_by_role("banner").get_by_role("link", name="Sociaal Werk Nederland", exact=True)
    expect(logo).to_have_attribute("href", "/")
    expect(logo.locator("img")).to_have_attribute("alt", "")
    expect(page.locator('link[rel="icon"]')).to_have_attribute("href", re.compile(r"favicon"))
    footer = page.get_by_role("contentinfo")
    expect(footer.get_by_role("link", name="Lid worden")).to_be_visible()
    expect(footer.get_by_role("link", name="Contact")).to_be_visible()
    page.screenshot(path=artifacts_dir / "home-desktop.png", full_page=True)
    assert_no_axe_violations(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, live_server, demo_site):
    page.goto(live_server.url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


def test_dutch_404_page_has_no_accessibility_violations(page, live_server, demo_site):
    response = page.goto(f"{live_server.url}/bestaat-niet/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    assert_no_axe_violations(page)


@override_settings(DEBUG=True)
def test_printed_development_account_logs_in_to_the_dutch_admin(page, live_server, demo_site):
    call_command("create_dev_admin", stdout=io.StringIO())
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Gebruikersnaam").fill("admin")
    page.locator("#id_password").fill("admin")  # Wagtail 7.4 leaves this label untranslated
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page).to_have_url(f"{live_server.url}/admin/")
