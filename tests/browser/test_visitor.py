"""A visitor on a phone or with a keyboard: the menu, search, and every page type
checked by axe-core at phone and desktop width (screenshots in test-artifacts/)."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 800}

PAGE_TYPES = {
    "home": "/",
    "theme-index": "/thema/",
    "theme": "/thema/sociale-verbondenheid/",
    "theme-archive": "/thema/sociale-verbondenheid/nieuws/",
    "news-index": "/nieuws/?thema=sociale-verbondenheid&jaar=2023",
    "blog-index": "/blogs/",
    "publication-index": "/publicaties/",
    "news": "/nieuws/sociale-psychiatrie-in-de-wijk/",
    "blog": "/blogs/sociaal-werk-met-stokjes/",
    "publication": "/publicaties/concullegas-in-het-sociaal-domein/",
    "standard": "/toegankelijkheid/",
    "search": "/zoeken/?q=wijk",
    "agenda": "/agenda/",
    "agenda-past": "/agenda/afgelopen/",
    "event": "/agenda/jaarcongres-sociaal-werk/",
    "membership": "/lid-worden/",
    "contact": "/contact/",
    "not-found": "/bestaat-niet/",
}


def test_every_page_type_passes_axe_at_phone_and_desktop_width(
    page, live_server, demo_site, artifacts_dir
):
    for name, path in PAGE_TYPES.items():
        for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
            page.set_viewport_size(size)
            page.goto(f"{live_server.url}{path}")
            assert page.evaluate("document.documentElement.scrollWidth") <= size["width"], (
                name,
                label,
            )
            assert page.locator("h1").count() == 1, name
            page.screenshot(path=artifacts_dir / f"{name}-{label}.png", full_page=True)
            assert_no_axe_violations(page)


def test_menu_folds_on_a_phone_and_works_by_mouse_and_keyboard(page, live_server, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url)
    toggle = page.get_by_role("button", name="Menu")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("link", name="Publicaties")).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    menu.get_by_role("link", name="Nieuws").click()
    expect(page).to_have_url(f"{live_server.url}/nieuws/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuws")


def test_a_slow_menu_script_moves_nothing_on_a_phone(page, live_server, demo_site):
    """The menu is folded before the page is drawn, not when the deferred script has
    arrived: the page must not jump (no layout shift), however late that is."""

    def late(route):
        page.wait_for_timeout(700)
        route.continue_()

    page.route("**/js/menu.js", late)
    page.add_init_script(
        "window.__shifts = 0; new PerformanceObserver(list => { for (const entry of "
        "list.getEntries()) { if (!entry.hadRecentInput) window.__shifts += entry.value; } })"
        ".observe({type: 'layout-shift', buffered: true});"
    )
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/lid-worden/")
    expect(page.get_by_role("button", name="Menu")).to_be_visible()
    assert page.evaluate("window.__shifts") == 0


def test_menu_is_open_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url)
    expect(
        page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    context.close()


def test_visitor_searches_filters_and_opens_a_result(page, live_server, demo_site):
    page.goto(live_server.url)
    page.get_by_role("link", name="Zoeken").click()
    page.get_by_label("Zoek naar").fill("wijk")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("heading", level=2, name="resultaten voor “wijk”")).to_be_visible()
    page.get_by_label("Soort").select_option(label="Nieuws")
    page.get_by_role("button", name="Zoeken").click()
    results = page.locator(".search-result")
    expect(results.first).to_contain_text("Nieuws")
    assert all("Nieuws" in text for text in results.locator(".card__type").all_text_contents())
    results.get_by_role("link", name="Sociale psychiatrie in de wijk").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sociale psychiatrie in de wijk")


def test_the_search_box_is_large_enough_that_a_phone_does_not_zoom_in(page, live_server, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/zoeken/")
    box = page.get_by_label("Zoek naar")
    size = box.evaluate("field => parseFloat(getComputedStyle(field).fontSize)")
    assert size >= 16, size
    assert box.bounding_box()["height"] >= 44
    assert box.bounding_box()["width"] >= 0.6 * PHONE["width"]


def test_breadcrumbs_lead_back_up_the_tree(page, live_server, demo_site):
    page.goto(f"{live_server.url}/blogs/sociaal-werk-met-stokjes/")
    crumbs = page.get_by_role("navigation", name="Kruimelpad")
    expect(crumbs.get_by_text("Sociaal werk met stokjes")).to_have_attribute("aria-current", "page")
    crumbs.get_by_role("link", name="Blogs").click()
    expect(page).to_have_url(f"{live_server.url}/blogs/")


def test_on_a_phone_no_line_of_the_breadcrumbs_starts_with_a_separator(
    page, live_server, demo_site
):
    page.set_viewport_size(PHONE)
    page.goto(
        f"{live_server.url}/blogs/lost-generation-straathoekwerker-en-politie-lost-de-shit-wel-op/"
    )
    # For each crumb that starts a line: what is drawn before its text.
    starts = page.eval_on_selector_all(
        ".breadcrumbs li",
        """items => items.slice(1)
            .filter(item => item.offsetLeft === items[0].offsetLeft)
            .map(item => getComputedStyle(item, "::before").content)""",
    )
    assert starts, "the trail should wrap at this width"
    assert all(content in ("none", "normal") for content in starts), starts
