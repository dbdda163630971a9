"""The editorial roles in the real Dutch admin, in Chromium.

A new "Redactie" editor follows the guide ``docs/redactie.md`` step by step: writes a news
item with a new photo on a theme and submits it; an "Eindredactie" chief editor approves
it; the site, the theme page and the feeds show it. Each role's time is written to
``test-artifacts/guide-timings.txt`` (reported, not asserted). The roles see
only what is theirs; a news item is scheduled and goes live with ``publish_scheduled``.
The page cache is on, as in production: visitors who saw a page before the publish
see the new item at once.

The screenshots (1280×800) of the editors' guide ``docs/redactie.md`` are taken here:
``make docs-screenshots`` writes them to ``docs/img/``; an ordinary run writes them to
``test-artifacts/guide/``, so that running the tests leaves the work tree unchanged.
"""

import datetime
import re
import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from news.models import NewsIndexPage, NewsPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, setup_roles
from tests.browser.admin_steps import (
    APPROVE,
    AWAITING_REVIEW,
    FEEDS,
    LEAD,
    NO_ACCESS,
    SLUG,
    SUBMIT,
    THEME,
    THEME_PATH,
    TITLE,
    add_news_item,
    choose_theme,
    confirm_approval,
    footer_actions,
    latest_news,
    log_in,
    make_user,
    screenshot,
    sidebar,
    site_status,
)
from tests.browser.conftest import ARTIFACTS
from tests.factories import MembershipApplicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHOTO_TITLE = "Buurthuis De Schakel"
PHOTO_DESCRIPTION = "Bewoners schilderen samen de gevel van het buurthuis"


@pytest.fixture(autouse=True)
def _desktop(page):
    page.set_viewport_size({"width": 1280, "height": 800})


@pytest.fixture(autouse=True)
def _no_autosave(settings):
    """Wagtail 7.4 saves a draft by itself about a second after a change. A footer button
    pressed while that save is under way posts the new page a second time, which fails
    ("slug al in gebruik"): a matter of timing that would make these tests flaky, and not
    what they are about. The live server reads the setting on every request."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def visitor(playwright, live_server):
    """An anonymous visitor (no session cookie): answered from the page cache."""
    context = playwright.request.new_context(base_url=live_server.url)
    yield context
    context.dispose()


def visit(visitor, path):
    """The text of ``path`` as the visitor gets it, checking that it may be cached."""
    response = visitor.get(path)
    assert response.ok, path
    assert response.headers["cache-control"].startswith("public"), path
    return response.text()


@pytest.fixture
def roles(demo_site):
    return setup_roles()


@pytest.fixture
def photo(tmp_path):
    """A photo on the editor's disk, as it comes from a camera."""
    path = tmp_path / "IMG_2048.jpg"
    Image.new("RGB", (1600, 1067), (186, 98, 54)).save(path, quality=85)
    return path


def record_time(role, seconds):
    """The time a role took for its part of the guide, for the note (not asserted: the
    machine's speed is not the editor's)."""
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / "guide-timings.txt").open("a", encoding="utf-8") as timings:
        timings.write(f"{role}: {seconds:.1f} s\n")
    print(f"{role} followed the guide in {seconds:.1f} s")


def test_a_new_editor_follows_the_guide_and_the_chief_editor_approves(
    page, live_server, roles, photo, visitor
):
    """The steps of docs/redactie.md, as written there: 'Een nieuwsbericht schrijven',
    'Thema's koppelen', 'Afbeeldingen', 'Indienen ter goedkeuring' and 'Goedkeuren'."""
    make_user("redacteur", EDITORS, "Rosa")
    make_user("eindredacteur", CHIEF_EDITORS, "Evert")

    # a. The editor writes the item with a new photo and submits it for approval.
    started = time.monotonic()
    log_in(page, live_server, "redacteur", shot="01-inloggen.png")
    sidebar(page).get_by_role("link", name="Artikelen").click()
    page.get_by_role("button", name="Artikel toevoegen").click()
    screenshot(page, "13-artikel-toevoegen.png")
    page.get_by_role("link", name="Nieuwsbericht").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nieuw: Nieuwsbericht")
    page.get_by_placeholder("Paginatitel").fill(TITLE)
    page.get_by_role("textbox", name="Inleiding").fill(LEAD)
    screenshot(page, "02-nieuwsbericht-toevoegen.png")
    choose_theme(page, THEME, shot="03-thema-kiezen.png")

    page.get_by_role("button", name="Kies een afbeelding").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Uploaden").click()
    chooser.get_by_label("Titel").fill(PHOTO_TITLE)
    chooser.get_by_label("Bestand").set_input_files(photo)
    chooser.get_by_label("Beschrijving (alt-tekst)").fill(PHOTO_DESCRIPTION)
    screenshot(page, "14-afbeelding-uploaden.png")
    chooser.get_by_role("button", name="Uploaden").click()
    expect(page.locator("#id_listing_image-title")).to_have_text(PHOTO_TITLE)
    # Clicking in the modal scrolls the editor's <main> (overflow-x: hidden) sideways,
    # which a mouse never does; put it back for the screenshots.
    page.locator("main#main").evaluate("main => { main.scrollLeft = 0; }")

    footer = footer_actions(page)
    expect(footer.get_by_role("button", name=SUBMIT)).to_be_visible()
    expect(footer.get_by_role("button", name="Publiceren")).to_have_count(0)
    screenshot(page, "04-indienen-ter-goedkeuring.png")
    footer.get_by_role("button", name=SUBMIT).click()
    expect(
        page.get_by_text(f"Pagina '{TITLE}' aangemaakt en ingediend voor controle.")
    ).to_be_visible()
    record_time("Redactie", time.monotonic() - started)

    news = NewsPage.objects.get(title=TITLE)
    assert (news.slug, news.live, news.intro) == (SLUG, False, LEAD)
    assert (news.listing_image.title, news.listing_image.description) == (
        PHOTO_TITLE,
        PHOTO_DESCRIPTION,
    )
    assert [link.theme.title for link in news.article_themes.all()] == [THEME]
    assert news.workflow_in_progress
    assert news.current_workflow_task.name == "Eindredactie keurt goed"

    assert site_status(page, live_server, f"/nieuws/{SLUG}/") == 404
    for path in (THEME_PATH, *FEEDS):  # the visitor's copies are now in the cache
        assert TITLE not in visit(visitor, path)

    # While it awaits approval the item is locked for the editor, who can only withdraw it.
    page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    footer = footer_actions(page)
    expect(footer.get_by_role("button", name="Pagina is vergrendeld")).to_be_disabled()
    expect(footer.get_by_role("button", name="Workflow annuleren")).to_be_visible()
    expect(footer.get_by_role("button", name=re.compile("Publiceren|Goedkeuren"))).to_have_count(0)

    # b. The chief editor finds it on the start screen, looks and approves it.
    started = time.monotonic()
    log_in(page, live_server, "eindredacteur")
    awaiting = page.get_by_role("region", name=AWAITING_REVIEW)
    expect(awaiting.get_by_role("link", name=TITLE)).to_be_visible()
    expect(awaiting).to_contain_text("Rosa")
    awaiting.scroll_into_view_if_needed()
    screenshot(page, "05-dashboard-eindredactie.png")
    awaiting.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    footer = footer_actions(page)
    expect(footer.get_by_role("button", name="Publiceren", exact=True)).to_have_count(0)
    expect(footer.get_by_role("button", name=re.compile("Goedkeuren"))).to_have_count(1)
    footer.get_by_role("button", name=APPROVE).click()
    expect(page.get_by_role("dialog").get_by_role("heading", name=APPROVE)).to_be_visible()
    screenshot(page, "06-goedkeuren.png")
    news.refresh_from_db()
    assert not news.live
    confirm_approval(page)
    expect(page.get_by_text(f"‘{TITLE}’ is goedgekeurd en gepubliceerd.")).to_be_visible()
    record_time("Eindredactie", time.monotonic() - started)

    news.refresh_from_db()
    assert news.live and not news.workflow_in_progress

    # The photo leads the article, described by the editor's words.
    page.goto(f"{live_server.url}/nieuws/{SLUG}/")
    article = page.get_by_role("main").get_by_role("article").first
    expect(article.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(article.get_by_role("img", name=PHOTO_DESCRIPTION)).to_be_visible()
    file_name_or_title = re.compile("IMG_2048|Buurthuis De Schakel")
    expect(page.get_by_role("img", name=file_name_or_title)).to_have_count(0)
    screenshot(page, "07-gepubliceerd-op-de-site.png")
    page.goto(live_server.url + THEME_PATH)
    card = latest_news(page).get_by_role("article").filter(has=page.get_by_role("link", name=TITLE))
    expect(card.locator("img")).to_be_visible()

    assert TITLE in visit(visitor, THEME_PATH)
    for feed in FEEDS:
        assert TITLE in visit(visitor, feed) and f"/nieuws/{SLUG}/" in visit(visitor, feed)


def test_each_role_sees_only_its_own_part_of_the_admin(page, live_server, roles):
    make_user("redacteur", EDITORS, "Rosa")
    make_user("ledenadmin", MEMBER_ADMINISTRATION, "Lotte")
    MembershipApplicationFactory(organisation_name="Stichting Welzijn Oost")
    news_index = NewsIndexPage.objects.get()

    # The editor: no membership applications, no contact messages.
    log_in(page, live_server, "redacteur")
    menu = sidebar(page)
    expect(menu.get_by_role("link", name="Afbeeldingen")).to_be_visible()
    expect(menu.get_by_text("Lidmaatschap")).to_have_count(0)
    expect(menu.get_by_text("Contactberichten")).to_have_count(0)
    page.goto(f"{live_server.url}/admin/aanmeldingen/")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.get_by_text(NO_ACCESS)).to_be_visible()
    expect(page.get_by_text("Welzijn Oost")).to_have_count(0)
    for path in ("/admin/aanmeldingen/", "/admin/aanmeldingen/?export=csv"):
        response = page.request.get(live_server.url + path, max_redirects=0)
        assert response.status in (302, 403), path
        assert "Welzijn Oost" not in response.text()
    assert page.request.get(
        f"{live_server.url}/admin/contactberichten/", max_redirects=0
    ).status in (302, 403)

    # The membership administration: the applications, but no pages.
    log_in(page, live_server, "ledenadmin")
    menu = sidebar(page)
    expect(menu.get_by_role("link", name="Contactberichten")).to_be_visible()
    expect(menu.get_by_text("Pagina's", exact=True)).to_have_count(0)
    menu.get_by_role("button", name="Lidmaatschap").click()
    expect(menu.get_by_role("link", name="Organisaties")).to_be_visible()
    menu.get_by_role("link", name="Aanvragen").click()
    expect(page).to_have_url(f"{live_server.url}/admin/aanmeldingen/")
    expect(
        page.get_by_role("table").get_by_role("link", name="Stichting Welzijn Oost")
    ).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Nieuw")
    screenshot(page, "08-aanvragen-lidmaatschap.png")
    page.goto(f"{live_server.url}/admin/pages/{news_index.pk}/edit/")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.get_by_text(NO_ACCESS)).to_be_visible()
    for path in ("/admin/pages/", f"/admin/pages/{news_index.pk}/edit/"):
        response = page.request.get(live_server.url + path, max_redirects=0)
        assert response.status in (302, 403), path


def test_a_scheduled_news_item_goes_live_with_publish_scheduled(page, live_server, roles, visitor):
    make_user("eindredacteur", CHIEF_EDITORS, "Evert")
    title = "Ledenvergadering over de cao aangekondigd"
    slug = "ledenvergadering-over-de-cao-aangekondigd"
    # Whole minutes in the admin's time zone, at least one minute from now.
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(minutes=2)).replace(
        second=0, microsecond=0
    )

    log_in(page, live_server, "eindredacteur")
    add_news_item(page, live_server, title, "De ledenvergadering bespreekt het cao-bod.")
    choose_theme(page, THEME)
    page.get_by_role("button", name="Toon/verberg status").click()
    page.get_by_role("button", name="Stel schema in").click()
    dialog = page.get_by_role("dialog", name="Schema voor publicatie vaststellen")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Publiceer op").fill(go_live.strftime("%d-%m-%Y %H:%M"))
    dialog.get_by_role("heading", name="Schema voor publicatie vaststellen").click()
    screenshot(page, "09-inplannen.png")
    # The date picker, though faded out, still covers the button: use the keyboard.
    dialog.get_by_role("button", name="Schema opslaan").press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    footer = footer_actions(page)
    schedule = footer.get_by_role("button", name="Publicatie inplannen")
    expect(schedule).to_be_visible()
    screenshot(page, "10-publicatie-inplannen.png")
    schedule.click()
    expect(page.get_by_text(f"De pagina '{title}' is ingepland voor publicatie.")).to_be_visible()

    news = NewsPage.objects.get(title=title)
    assert not news.live
    assert news.go_live_at == go_live
    assert news.scheduled_revision is not None
    assert site_status(page, live_server, f"/nieuws/{slug}/") == 404
    assert title not in visit(visitor, THEME_PATH)

    # The cron job runs every five minutes; here it runs as if three minutes went by.
    later = timezone.now() + datetime.timedelta(minutes=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    news.refresh_from_db()
    assert news.live
    assert site_status(page, live_server, f"/nieuws/{slug}/") == 200
    assert title in visit(visitor, THEME_PATH)
    page.goto(live_server.url + THEME_PATH)
    expect(latest_news(page).get_by_role("link", name=title)).to_be_visible()
