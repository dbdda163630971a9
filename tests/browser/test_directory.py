"""A visitor in Chromium looks up a member on "Onze leden": searches, filters by
province, finds nothing and goes back; each step checked with axe and photographed on
a phone and a wide screen."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_members_area import photograph

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_searches_and_filters_the_directory(page, live_server, demo_site, artifacts_dir):
    page.goto(f"{live_server.url}/leden/")
    expect(page.locator("#directory-list li").first).to_be_visible()
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "directory")

    page.locator("#directory-q").fill("utrecht")
    page.locator("#directory-q").press("Enter")
    expect(page).to_have_url(f"{live_server.url}/leden/?q=utrecht")
    expect(page.locator("#directory-list li").first).to_be_visible()

    page.locator(".directory__provinces a").nth(1).click()
    expect(page.locator('.directory__provinces [aria-current="page"]')).to_contain_text("(")
    assert_no_axe_violations(page)
    photograph(page, artifacts_dir, "directory-province")

    page.goto(f"{live_server.url}/leden/?q=bestaatniet")
    expect(page.locator("#directory-empty")).to_be_visible()
    assert_no_axe_violations(page)
    page.locator("#directory-empty a").click()
    expect(page).to_have_url(f"{live_server.url}/leden/")
