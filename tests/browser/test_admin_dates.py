"""Scheduling an article in Chromium with a date typed the Dutch way: it is scheduled for
that moment, not published at once; what cannot be read is refused in Dutch.

Wagtail's date picker used to replace, when the field lost focus, whatever it could not
read in its ISO format by the current moment: "2-12-2026 9:00" published at once."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import NewsIndexPage, NewsPage
from sociaalwerk.core.models import ThemePage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, setup_roles
from tests.browser.admin_steps import footer_actions, log_in, make_user
from tests.factories import NewsPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REFUSAL = "Vul een datum en tijd in als dd-mm-jjjj uu:mm, bijvoorbeeld 02-12-2026 09:00."


@pytest.fixture(autouse=True)
def _no_autosave(settings):
    """No draft saved by itself while the test types (see test_editorial_flow)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def draft(demo_site, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    setup_roles()
    make_user("eindredacteur", CHIEF_EDITORS, "Evert")
    return NewsPageFactory(
        parent=NewsIndexPage.objects.get(),
        themes=[ThemePage.objects.get(slug="sociale-verbondenheid")],
        title="Ledenvergadering ingepland",
        live=False,
    )


def type_go_live_at(page, live_server, article, typed):
    """In the article's scheduling dialog, ``typed`` into "Publiceer op", then elsewhere."""
    log_in(page, live_server, "eindredacteur")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.get_by_role("button", name="Toon/verberg status").click()
    page.get_by_role("button", name="Stel schema in").click()
    dialog = page.get_by_role("dialog", name="Schema voor publicatie vaststellen")
    field = dialog.get_by_label("Publiceer op")
    expect(dialog).to_contain_text("dd-mm-jjjj uu:mm")  # the format, below the field
    field.fill(typed)
    dialog.get_by_role("heading", name="Schema voor publicatie vaststellen").click()
    # Leaving the field keeps what was typed: no current moment put in its place.
    expect(field).to_have_value(typed)
    # The date picker, though faded out, still covers the button: use the keyboard.
    dialog.get_by_role("button", name="Schema opslaan").press("Enter")


def test_a_date_typed_the_dutch_way_schedules_the_article_for_that_moment(page, live_server, draft):
    # A day with one digit, in a month to come, at nine: as an editor types it.
    day = (timezone.localdate() + datetime.timedelta(days=40)).replace(day=2)
    typed = f"{day.day}-{day.month}-{day.year} 9:00"
    type_go_live_at(page, live_server, draft, typed)
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    footer_actions(page).get_by_role("button", name="Publicatie inplannen").click()
    expect(
        page.get_by_text(f"De pagina '{draft.title}' is ingepland voor publicatie.")
    ).to_be_visible()
    article = NewsPage.objects.get(pk=draft.pk)
    assert not article.live
    nine = datetime.datetime.combine(
        day, datetime.time(9, 0), tzinfo=timezone.get_current_timezone()
    )
    assert article.go_live_at == nine
    assert article.scheduled_revision is not None


def test_a_date_that_cannot_be_read_is_refused_in_dutch(page, live_server, draft):
    type_go_live_at(page, live_server, draft, "morgen")
    expect(page.get_by_text("Publicatieschema is niet geldig")).to_be_visible()
    page.get_by_role("button", name="Schema bewerken").click()
    dialog = page.get_by_role("dialog", name="Schema voor publicatie vaststellen")
    expect(dialog.get_by_text(REFUSAL)).to_be_visible()
    expect(dialog.get_by_label("Publiceer op")).to_have_value("morgen")
    article = NewsPage.objects.get(pk=draft.pk)
    assert not article.live
    assert article.go_live_at is None
    assert not article.revisions.filter(approved_go_live_at__isnull=False).exists()
