"""A visitor reads the demo content in Chromium: a theme and its fold, news, a blog, a
publication, the listings, and each page type free of WCAG 2.1 AA violations."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

THEME = "Sociale verbondenheid"
THEME_PATH = "/thema/sociale-verbondenheid/"
NEWS_TITLE = "Sociale psychiatrie in de wijk"
NEWS_PATH = "/nieuws/sociale-psychiatrie-in-de-wijk/"
BLOG_PATH = "/blogs/sociaal-werk-met-stokjes/"
PUBLICATION_PATH = "/publicaties/concullegas-in-het-sociaal-domein/"
PUBLICATION_TITLE = "Concullega’s in het sociaal domein"
FOLDED_TEXT = "Pas gaan handelen vanuit zorg?"


def main_article(page):
    """The page's own article; the cards of related articles are articles too."""
    return page.get_by_role("article").filter(has=page.get_by_role("heading", level=1))


def theme_fold(page):
    """The theme intro's ``<details>`` (role group) and its ``<summary>`` toggle."""
    details = page.get_by_role("region", name="Thema", exact=True).get_by_role("group")
    return details, details.locator("summary")


def expect_fold(details, toggle, *, open_):
    """The fold's state as a visitor and a screen reader meet it."""
    folded_text = details.get_by_text(FOLDED_TEXT)
    if open_:
        expect(details).to_have_attribute("open", "")
        expect(folded_text).to_be_visible()
        expect(toggle).to_have_accessible_name("Minder informatie")
        expect(toggle.get_by_text("Minder informatie")).to_be_visible()
        expect(toggle.get_by_text("Meer informatie")).to_be_hidden()
    else:
        expect(details).not_to_have_attribute("open", "")
        expect(folded_text).to_be_hidden()
        expect(toggle).to_have_accessible_name("Meer informatie")
        expect(toggle.get_by_text("Meer informatie")).to_be_visible()
        expect(toggle.get_by_text("Minder informatie")).to_be_hidden()


def expect_news_item_with_theme_intro(page):
    """The 2020 news item: its label, date, reading time, source link, and the theme
    intro under it."""
    expect(page).to_have_url(re.compile(re.escape(NEWS_PATH) + "$"))
    article = main_article(page)
    expect(article.get_by_role("heading", level=1)).to_have_text(NEWS_TITLE)
    expect(article.get_by_text("Nieuwsbericht", exact=True)).to_be_visible()
    expect(article.get_by_text("28 april 2020", exact=True)).to_have_attribute(
        "datetime", "2020-04-28"
    )
    expect(article.get_by_text("1 minuut lezen")).to_be_visible()
    source = article.get_by_role("link", name="Lees het hele artikel hier")
    expect(source).to_have_attribute("href", "https://example.org/sociale-psychiatrie-in-de-wijk")
    intro = page.get_by_role("region", name="Thema", exact=True)
    back = intro.get_by_role("link", name=THEME)
    expect(back).to_be_visible()
    article_box = article.bounding_box()
    assert intro.bounding_box()["y"] >= article_box["y"] + article_box["height"], "not below"
    back.click()
    expect(page).to_have_url(re.compile(re.escape(THEME_PATH) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(THEME)


def test_visitor_reaches_an_old_news_item_through_the_theme_archive(page, live_server, demo_site):
    page.goto(live_server.url)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
    page.get_by_role("main").get_by_role("link", name=THEME).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(THEME)
    # Ten newer items fill "Laatste nieuws"; the 2020 item is only in the archive.
    expect(page.get_by_role("main").get_by_role("link", name=NEWS_TITLE, exact=True)).to_have_count(
        0
    )
    page.get_by_role("link", name=f"Alle artikelen over {THEME}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Artikelen over {THEME}")
    page.get_by_role("main").get_by_role("link", name=NEWS_TITLE).click()
    expect_news_item_with_theme_intro(page)


def test_visitor_finds_the_news_item_with_the_news_filters(page, live_server, demo_site):
    page.goto(live_server.url)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Nieuws").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuws")
    # The choices say how many articles each finds: "2020 (1)".
    page.get_by_label("Thema").select_option(value="sociale-verbondenheid")
    expect(page.get_by_label("Thema")).to_contain_text(f"{THEME} (")
    page.get_by_label("Jaar").select_option(value="2020")
    expect(page.get_by_label("Jaar")).to_contain_text("2020 (")
    page.get_by_role("button", name="Filteren").click()
    cards = page.get_by_role("main").get_by_role("article")
    expect(cards).to_have_count(1)
    cards.get_by_role("link", name=NEWS_TITLE).click()
    expect_news_item_with_theme_intro(page)


def test_theme_intro_folds_open_and_shut_with_the_mouse(page, live_server, demo_site):
    page.goto(live_server.url + THEME_PATH)
    details, toggle = theme_fold(page)
    expect_fold(details, toggle, open_=False)
    toggle.click()
    expect_fold(details, toggle, open_=True)
    toggle.click()
    expect_fold(details, toggle, open_=False)


def test_theme_intro_folds_open_and_shut_with_the_keyboard_only(page, live_server, demo_site):
    page.goto(live_server.url + THEME_PATH)
    details, toggle = theme_fold(page)
    for _ in range(20):  # skip link, site name, menu: the toggle comes within 20 stops
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    expect_fold(details, toggle, open_=False)
    page.keyboard.press("Enter")
    expect_fold(details, toggle, open_=True)
    expect(toggle).to_be_focused()
    page.keyboard.press("Space")
    expect_fold(details, toggle, open_=False)
    page.keyboard.press("Enter")
    expect_fold(details, toggle, open_=True)
    page.keyboard.press("Enter")
    expect_fold(details, toggle, open_=False)


def test_blog_shows_label_subtitle_author_date_and_reading_time(page, live_server, demo_site):
    page.goto(live_server.url + BLOG_PATH)
    article = main_article(page)
    expect(article.get_by_role("heading", level=1)).to_have_text("Sociaal werk met stokjes")
    expect(article.get_by_text("Blog", exact=True)).to_be_visible()
    expect(article.get_by_text("Wat China van ons leerde...en wij van hen.")).to_be_visible()
    authors = article.get_by_role("list", name="Auteurs")
    expect(authors.get_by_role("listitem")).to_have_count(1)
    expect(authors.get_by_text("Marije van der Meij")).to_be_visible()
    expect(article.get_by_text("6 september 2018", exact=True)).to_be_visible()
    expect(article.get_by_text("2 minuten lezen")).to_be_visible()


def test_publication_shows_its_details_and_downloads_its_pdf(page, live_server, demo_site):
    page.goto(live_server.url + PUBLICATION_PATH)
    article = main_article(page)
    expect(article.get_by_role("heading", level=1)).to_have_text(PUBLICATION_TITLE)
    expect(article.get_by_text("Publicatie", exact=True)).to_be_visible()
    expect(article.get_by_role("list", name="Auteurs").get_by_text("Chris Bos")).to_be_visible()
    expect(article.get_by_text("1 oktober 2018", exact=True)).to_be_visible()
    expect(article.get_by_text("1 minuut lezen")).to_be_visible()
    expect(article.get_by_role("heading", name="1 document toegevoegd")).to_be_visible()
    with page.expect_download() as info:
        article.get_by_role("link", name=f"{PUBLICATION_TITLE} (masterscriptie)").click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    assert Path(download.path()).read_bytes().startswith(b"%PDF")


def test_theme_page_lists_its_ten_latest_news_items(page, live_server, demo_site):
    page.goto(live_server.url + THEME_PATH)
    expect(page.get_by_role("heading", name="Laatste nieuws", level=2)).to_be_visible()
    # The agenda below it holds cards too.
    cards = page.locator("section.latest-news").get_by_role("article")
    expect(cards).to_have_count(10)
    expect(cards.first.get_by_role("heading", level=3)).to_have_text(
        "In gesprek over samenwerking zorg en sociaal domein"
    )
    expect(cards.get_by_text("Nieuws", exact=True)).to_have_count(10)


PAGE_TYPES = [
    ("theme", THEME_PATH, False),
    ("theme-unfolded", THEME_PATH, True),
    ("news", NEWS_PATH, False),
    ("blog", BLOG_PATH, False),
    ("publication", PUBLICATION_PATH, False),
    ("news-index", "/nieuws/?thema=sociale-verbondenheid&jaar=2023", False),
    ("theme-archive", THEME_PATH + "nieuws/", False),
]


@pytest.mark.parametrize(("name", "path", "unfold"), PAGE_TYPES, ids=[p[0] for p in PAGE_TYPES])
def test_page_type_has_no_accessibility_violations_on_phone_and_desktop(
    page, live_server, demo_site, artifacts_dir, name, path, unfold
):
    for device, width in (("phone", 360), ("desktop", 1280)):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        if unfold:
            details, toggle = theme_fold(page)
            toggle.click()
            expect(details).to_have_attribute("open", "")
        page.screenshot(path=artifacts_dir / f"{name}-{device}.png", full_page=True)
        assert_no_axe_violations(page)


@pytest.mark.parametrize(
    "path", [NEWS_PATH, BLOG_PATH, PUBLICATION_PATH, "/agenda/jaarcongres-sociaal-werk/"]
)
def test_on_a_phone_an_article_leads_with_its_title_date_and_lead(
    browser, live_server, demo_site, path
):
    """At 360×800 the first screen shows the title, the date and the start of the lead
    (at least three lines: a lead may run to 600 characters); the theme comes after."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + path)
    article = main_article(page)
    title = article.get_by_role("heading", level=1).bounding_box()
    date = article.locator("time").first.bounding_box()
    lead = article.locator(".article__intro").bounding_box()
    line = float(
        article.locator(".article__intro").evaluate("e => getComputedStyle(e).lineHeight")[:-2]
    )
    assert title["y"] + title["height"] <= 800, "title below the first screen"
    assert date["y"] + date["height"] <= 800, "date below the first screen"
    assert lead["y"] + min(lead["height"], 3 * line) <= 800, "lead below the first screen"
    theme = page.get_by_role("region", name="Thema", exact=True).bounding_box()
    assert theme["y"] > lead["y"], "the theme intro comes before the article"
    context.close()
