"""Behind the proxy, a stranger's failed logins lock out the stranger, never the editor."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.admin_steps import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STRANGER = "203.0.113.9"
EDITOR_AT_HOME = "198.51.100.7"


def try_password(page, live_server, password):
    """One login attempt as "redacteur"; the status of the answer."""
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.locator("#id_password").fill(password)
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.get_by_role("button", name="Inloggen").click()
    return answer.value.status


def test_an_editor_logs_in_after_a_strangers_failed_attempts(
    browser, page, live_server, home_page, settings
):
    # The live server's requests all come from 127.0.0.1: that is the proxy here, and
    # each browser sends the X-Forwarded-For header the proxy would pass on.
    settings.TRUST_X_FORWARDED_FOR = True
    get_user_model().objects.create_user("redacteur", "", PASSWORD, is_superuser=True)

    stranger = browser.new_context(extra_http_headers={"X-Forwarded-For": STRANGER})
    try:
        intruder = stranger.new_page()
        statuses = [try_password(intruder, live_server, "raden-maar") for _ in range(5)]
        assert statuses == [200, 200, 200, 200, 429]
        expect(intruder.get_by_role("heading", level=1)).to_have_text(
            "Te veel mislukte inlogpogingen"
        )
        assert try_password(intruder, live_server, PASSWORD) == 429
    finally:
        stranger.close()

    page.set_extra_http_headers({"X-Forwarded-For": EDITOR_AT_HOME})
    log_in(page, live_server, "redacteur")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
