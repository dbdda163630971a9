"""A new editor typing a new page is not told that autosave is paused; saving still shows
what is missing."""

from playwright.sync_api import expect

from news.models import NewsIndexPage
from sociaalwerk.editorial.roles import EDITORS
from tests.browser.admin_steps import log_in, make_user

# Wagtail takes its snapshot of the form 2 seconds after loading, then autosaves changes
# every 0.5 seconds; typing after the snapshot and waiting longer gives it every chance.
SNAPSHOT_MS = 2500
AUTOSAVE_MS = 3000


def test_typing_a_new_page_shows_no_autosave_warning_until_it_is_saved(page, live_server, roles):
    make_user("redacteur", EDITORS, "Rosa")
    log_in(page, live_server, "redacteur")
    add_url = f"/admin/pages/add/news/newspage/{NewsIndexPage.objects.get().pk}/"
    autosaves = []
    page.on(
        "request",
        lambda request: (
            autosaves.append(request.url)
            if request.method == "POST" and request.url.endswith(add_url)
            else None
        ),
    )
    page.goto(live_server.url + add_url)
    page.wait_for_timeout(SNAPSHOT_MS)

    page.locator("#id_title").fill("Alleen een titel")
    page.keyboard.press("Tab")
    page.wait_for_timeout(AUTOSAVE_MS)

    expect(page.get_by_text("Automatisch opslaan gepauzeerd")).not_to_be_visible()
    expect(page.get_by_text("Er zijn validatiefouten")).to_have_count(0)
    assert autosaves == []

    page.get_by_role("button", name="Bewaar concept").click()
    expect(
        page.get_by_text("De pagina kon niet aangemaakt worden vanwege validatiefouten.")
    ).to_be_visible()
    expect(page.get_by_text("Dit is een verplicht veld.").first).to_be_visible()
