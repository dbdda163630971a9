"""A contact person in Chromium: accepts the invitation, logs out and in, and resets a
forgotten password; each page passes axe, at phone and desktop width."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from members.invitations import make_token
from tests.browser.conftest import assert_no_axe_violations
from tests.factories import ContactPersonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Buurthuis-De-Schakel-2025"
NEW_PASSWORD = "Wijkteam-Noord-Oost-2026"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def check(page, artifacts_dir, name):
    assert_no_axe_violations(page)
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=artifacts_dir / f"accounts-{name}-{width}.png", full_page=True)


def set_passwords(page, password):
    page.locator("#id_new_password1").fill(password)
    page.locator("#id_new_password2").fill(password)
    page.locator("form.form button[type=submit]").click()


def test_invitation_login_logout_and_reset(page, live_server, home_page, artifacts_dir):
    person = ContactPersonFactory(
        user__username="anna@oost.example", user__email="anna@oost.example"
    )
    person.user.set_unusable_password()
    person.user.save()
    invitation = f"{live_server.url}/uitnodiging/{make_token(person.user)}/"

    page.goto(invitation)
    expect(page.locator("#invitation-form")).to_be_visible()
    check(page, artifacts_dir, "invitation")
    set_passwords(page, "kort")
    expect(page.locator("#form-errors")).to_be_visible()
    check(page, artifacts_dir, "invitation-errors")
    set_passwords(page, PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/mijn-organisatie/")
    expect(page.locator(".site-header__logout button")).to_be_visible()
    check(page, artifacts_dir, "logged-in")

    # Logged in: the header's log-out form; afterwards the invitation is used.
    page.locator(".site-header__logout button").click()
    expect(page.locator(".site-header__logout")).to_have_count(0)
    page.goto(invitation)
    expect(page.locator("#invitation-invalid")).to_have_attribute("data-reason", "used")
    check(page, artifacts_dir, "invitation-used")

    page.goto(f"{live_server.url}/inloggen/")
    check(page, artifacts_dir, "login")
    page.locator("#id_username").fill("anna@oost.example")
    page.locator("#id_password").fill("fout")
    page.locator("#login-form button").click()
    expect(page.locator("#form-errors")).to_be_visible()
    check(page, artifacts_dir, "login-errors")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form button").click()
    expect(page).to_have_url(f"{live_server.url}/mijn-organisatie/")
    page.locator(".site-header__logout button").click()

    page.goto(f"{live_server.url}/wachtwoord-vergeten/")
    check(page, artifacts_dir, "reset")
    page.locator("#id_email").fill("anna@oost.example")
    page.locator("#password-reset-form button").click()
    expect(page.locator("#password-reset-done")).to_be_visible()
    check(page, artifacts_dir, "reset-sent")
    link = re.search(r"https?://\S+/wachtwoord-vergeten/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.locator("#set-password-form")).to_be_visible()
    check(page, artifacts_dir, "reset-confirm")
    set_passwords(page, NEW_PASSWORD)
    expect(page.locator("#password-reset-complete")).to_be_visible()
    page.goto(link)
    expect(page.locator("#invalid-link")).to_be_visible()
