"""The final editor approves from the dashboard: asked once, then told what happened.
(Approving in the editor is part of the guide's walk, tests/browser/test_editorial_flow.py.)"""

from playwright.sync_api import expect

from news.models import NewsPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS
from tests.browser.admin_steps import (
    AWAITING_REVIEW,
    THEME,
    confirm_approval,
    log_in,
    make_user,
)
from tests.factories import NewsPageFactory

TITLE = "Wijkteam krijgt een eigen werkplaats"


def submitted_news(editor):
    page = NewsPageFactory(
        parent=NewsPage.objects.first().get_parent(),
        themes=[NewsPage.objects.first().article_themes.get(theme__title=THEME).theme],
        live=False,
        title=TITLE,
    )
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def test_approving_from_the_dashboard_asks_first_and_says_it_is_published(page, live_server, roles):
    news = submitted_news(make_user("redacteur", EDITORS, "Rosa"))
    make_user("eindredacteur", CHIEF_EDITORS, "Erik")
    log_in(page, live_server, "eindredacteur")

    awaiting = page.get_by_role("region", name=AWAITING_REVIEW)
    row = awaiting.get_by_role("row").filter(has=page.get_by_role("link", name=TITLE))
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Acties").click()
    row.get_by_role("button", name="Goedkeuren en publiceren").click()

    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading", name="Goedkeuren en publiceren")).to_be_visible()
    news.refresh_from_db()
    assert not news.live
    confirm_approval(page)

    expect(page.get_by_text(f"‘{TITLE}’ is goedgekeurd en gepubliceerd.")).to_be_visible()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    news.refresh_from_db()
    assert news.live and not news.workflow_in_progress
