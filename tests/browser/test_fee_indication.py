"""A prospective member types a wage sum on "Lid worden" and reads what membership
costs as they type, without the page reloading and without losing the application
they started."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_indication_follows_the_wage_sum_as_it_is_typed(
    page, live_server, demo_site, artifacts_dir
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/lid-worden/")
    page.get_by_label("Naam organisatie").fill("Stichting Welzijn Één")
    region = page.locator("#fee-result")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_be_empty()

    field = page.locator("#id_loonsom")
    field.press_sequentially("1.250.000", delay=20)
    # The demo's scale: 0,9 ‰ of the whole wage sum from € 500.000.
    expect(region).to_contain_text("€\u00a01.125,00")
    expect(region).to_contain_text("0,9\u00a0‰")
    expect(page).to_have_url(f"{live_server.url}/lid-worden/")
    expect(page.get_by_label("Naam organisatie")).to_have_value("Stichting Welzijn Één")
    assert_no_axe_violations(page)
    section = page.locator("#contributie")
    section.screenshot(path=artifacts_dir / "fee-indication-1280.png")
    page.screenshot(path=artifacts_dir / "fee-indication-page-1280.png", full_page=True)

    field.fill("veel")
    expect(page.locator("#id_loonsom_error")).to_be_visible()
    expect(field).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)

    page.set_viewport_size({"width": 360, "height": 800})
    field.fill("50.000.000")
    expect(region).to_contain_text("€\u00a030.000,00")
    expect(field).not_to_have_attribute("aria-invalid", "true")
    # Sending the small form with JavaScript asks again instead of reloading the page.
    page.locator("#contributie button[type=submit]").click()
    expect(page.get_by_label("Naam organisatie")).to_have_value("Stichting Welzijn Één")
    assert_no_axe_violations(page)
    section.screenshot(path=artifacts_dir / "fee-indication-360.png")
    page.screenshot(path=artifacts_dir / "fee-indication-page-360.png", full_page=True)


def test_without_javascript_the_form_brings_the_page_back_with_the_indication(
    browser, live_server, demo_site, artifacts_dir
):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/lid-worden/")
    page.locator("#id_loonsom").fill("1.250.000")
    page.locator("#id_loonsom").press("Enter")
    expect(page).to_have_url(f"{live_server.url}/lid-worden/?loonsom=1.250.000#contributie")
    expect(page.locator("#fee-result")).to_contain_text("€\u00a01.125,00")
    page.screenshot(path=artifacts_dir / "fee-indication-no-javascript-360.png", full_page=True)
    context.close()
