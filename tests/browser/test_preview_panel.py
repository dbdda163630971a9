"""The preview panel beside the page editor shows the page, under the headers of
production: the public page's policy would forbid any frame, the preview's lets the
admin frame it."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.admin_steps import PASSWORD, log_in
from tests.factories import NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _production_headers(settings):
    """The live server answers with production's frame denial (the CSP is the same in
    every environment)."""
    settings.X_FRAME_OPTIONS = "DENY"


def test_the_preview_panel_shows_the_article(page, live_server, content_site):
    article = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], title="Wijkteams in beeld"
    )
    get_user_model().objects.create_superuser("redacteur", "", PASSWORD)
    refused = []
    page.on(
        "console",
        lambda message: refused.append(message.text) if "Refused to" in message.text else None,
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, live_server, "redacteur")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.get_by_role("button", name="Toon/verberg voorvertoning").click()

    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Wijkteams in beeld")
    assert not refused, "\n".join(refused)
