"""Steps of the editors in Wagtail's Dutch admin, shared by the editorial browser tests;
and the screenshots for the editors' guide ``docs/redactie.md`` they take on the way."""

import os
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from news.models import NewsIndexPage

ROOT = Path(__file__).resolve().parents[2]
DOCS_IMG = (
    ROOT / "docs" / "img"
    if os.environ.get("UPDATE_GUIDE_SCREENSHOTS") == "1"
    else ROOT / "test-artifacts" / "guide"
)
PASSWORD = "een-lang-wachtwoord-2025"
THEME = "Sociale verbondenheid"
THEME_PATH = "/thema/sociale-verbondenheid/"
SUBMIT = "Stuur door naar Goedkeuring door de eindredactie"
NO_ACCESS = "Sorry, je hebt geen toegang tot dit gedeelte."
AWAITING_REVIEW = "In afwachting van jouw beoordeling"
APPROVE = "Goedkeuren en publiceren"
TITLE = "Buurthuis De Schakel opent zijn deuren"
SLUG = "buurthuis-de-schakel-opent-zijn-deuren"
FEEDS = ("/feeds/thema/sociale-verbondenheid/", "/feeds/artikelen/")
LEAD = "In de wijk Kanaleneiland opent een buurthuis dat bewoners zelf beheren."


def make_user(username, group_name, first_name):
    # No e-mail address: Wagtail would show a Gravatar from the internet in the screenshots.
    user = get_user_model().objects.create_user(username, "", PASSWORD, first_name=first_name)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def screenshot(page, name):
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=DOCS_IMG / name, animations="disabled")


def log_in(page, live_server, username, *, shot=None):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    if shot:
        screenshot(page, shot)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


def sidebar(page):
    """Wagtail's main menu (rendered by script, so wait for it)."""
    aside = page.get_by_role("complementary", name="Zijbalk")
    expect(aside.get_by_role("link", name="Startscherm")).to_be_visible()
    return aside.get_by_role("navigation", name="Hoofdmenu")


def footer_actions(page):
    """The action menu at the bottom of the page editor, opened."""
    footer = page.get_by_role("navigation", name="Acties (footer)")
    footer.get_by_role("button", name="Meer acties").click()
    return footer


def add_news_item(page, live_server, title, lead):
    """From the page explorer: Nieuws → add a child page (a Nieuwsbericht), title and lead."""
    page.goto(f"{live_server.url}/admin/pages/")
    page.get_by_role("link", name="Bekijk de onderliggende pagina's van 'Nieuws'").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nieuws")
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    news_index = NewsIndexPage.objects.get()
    expect(page).to_have_url(f"{live_server.url}/admin/pages/add/news/newspage/{news_index.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nieuw: Nieuwsbericht")
    page.locator("#id_title").fill(title)
    page.get_by_role("textbox", name="Inleiding").fill(lead)


def choose_theme(page, theme, *, shot=None):
    page.get_by_role("button", name="Kies een pagina (Thema)").click()
    modal = page.get_by_role("dialog")
    expect(modal.get_by_role("heading", level=1)).to_contain_text("Thema")
    if shot:
        screenshot(page, shot)
    modal.get_by_role("link", name=theme).click()
    expect(page.locator("#id_article_themes-0-theme-title")).to_have_text(theme)


def site_status(page, live_server, path):
    return page.request.get(live_server.url + path).status


def latest_news(page):
    return page.locator("section.latest-news").filter(
        has=page.get_by_role("heading", name="Laatste nieuws")
    )


def confirm_approval(page):
    """In the dialog that approving opens: confirm, without a comment."""
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name=re.compile("^Goedkeuren")).click()
