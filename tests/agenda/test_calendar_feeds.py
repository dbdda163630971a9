"""The calendars to subscribe to: the whole agenda and each theme's, what they list,
how long a cached copy lasts, and their cost."""

import datetime

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction, Site

from agenda.views import PAST_DAYS
from sociaalwerk.core.models import SiteSettings
from tests.agenda.calendar_helpers import (
    AGENDA,
    THEME,
    event,
    move_clock,
    read_calendar,
    summaries,
    vevents,
)
from tests.core.helpers import translated
from tests.factories import ThemePageFactory
from tests.helpers import queries_for
from tests.page_cache.helpers import assert_served_from_cache, fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 2 * 24 * 60 * 60
    cache.clear()


def test_the_agenda_lists_what_is_coming_and_what_ended_recently(client, content_site):
    site = content_site
    soon = event(site, 3, title="Binnenkort")
    later = event(site, 40, title="Later", themes=[site.other_theme])
    last_month = event(site, -30, title="Vorige maand")
    event(site, -PAST_DAYS - 5, title="Lang geleden")
    event(site, 5, title="Concept", live=False)
    private = event(site, 6, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    calendar = read_calendar(client, AGENDA)
    assert summaries(calendar) == [last_month.title, soon.title, later.title]
    assert str(calendar["X-WR-CALNAME"]) == translated(
        "Agenda – {site_name}", site_name="Sociaal Werk Nederland"
    )
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=6)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Amsterdam"
    uids = [str(vevent["UID"]) for vevent in vevents(calendar)]
    assert uids == [f"activiteit-{e.pk}@localhost" for e in (last_month, soon, later)]


def test_a_cancelled_event_stays_in_the_agenda_marked_cancelled(client, content_site):
    event(content_site, 3, status="cancelled")
    [vevent] = vevents(read_calendar(client, AGENDA))
    assert str(vevent["STATUS"]) == "CANCELLED"


def test_the_theme_calendar_lists_only_the_events_of_the_theme(client, content_site):
    site = content_site
    mine = event(site, 3)
    also_mine = event(site, 4, themes=[site.other_theme, site.theme])
    event(site, 5, themes=[site.other_theme])
    calendar = read_calendar(client, THEME)
    assert summaries(calendar) == [mine.title, also_mine.title]
    assert str(calendar["X-WR-CALNAME"]) == translated(
        "Agenda: {theme} – {site_name}",
        theme="Sociale verbondenheid",
        site_name="Sociaal Werk Nederland",
    )


def test_no_calendar_of_an_unknown_or_unpublished_theme(client, content_site):
    ThemePageFactory(parent=content_site.theme_index, title="Concept", live=False)
    assert client.get("/agenda/thema/bestaat-niet.ics").status_code == 404
    assert client.get("/agenda/thema/concept.ics").status_code == 404


def test_the_calendar_name_follows_the_site_settings(client, content_site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "SWN"
    site_settings.save()
    calendar = read_calendar(client, AGENDA)
    assert str(calendar["X-WR-CALNAME"]) == translated("Agenda – {site_name}", site_name="SWN")


@pytest.mark.parametrize("url", [AGENDA, THEME])
def test_a_cached_calendar_lasts_until_its_first_event_leaves_it(
    client, cached, monkeypatch, content_site, url
):
    # All day, PAST_DAYS ago: it leaves the calendars about midnight tonight, well before
    # the cache's own limit of two days.
    leaving = event(
        content_site, -PAST_DAYS, title="Bijna uit beeld", start_time=None, end_time=None
    )
    event(content_site, 10, title="Nog lang erin")
    # Ninety times 24 hours: in UTC, not in wall-clock time across the change of clocks,
    # so an event of the summer leaves at 23.00 in the winter. The clock starts two hours
    # before, whenever the test runs.
    leaves_at = leaving.ends_at.astimezone(datetime.UTC) + datetime.timedelta(days=PAST_DAYS)
    move_clock(monkeypatch, leaves_at - datetime.timedelta(hours=2))
    first, _ = fetch(client, url)
    assert b"Bijna uit beeld" in first.content
    assert_served_from_cache(client, url)

    move_clock(monkeypatch, leaves_at - datetime.timedelta(minutes=1))
    assert_served_from_cache(client, url)
    move_clock(monkeypatch, leaves_at + datetime.timedelta(minutes=1))
    after, queries = fetch(client, url)
    assert queries > 0
    assert b"Bijna uit beeld" not in after.content
    assert b"Nog lang erin" in after.content


@pytest.mark.parametrize("url", [AGENDA, THEME])
def test_publishing_an_event_refreshes_the_cached_calendars(
    client, cached, content_site, django_capture_on_commit_callbacks, url
):
    shown = event(content_site, 10, title="Eerste titel")
    fetch(client, url)
    assert_served_from_cache(client, url)
    shown.title = "Nieuwe titel"
    with django_capture_on_commit_callbacks(execute=True):
        shown.save_revision().publish()
    response, queries = fetch(client, url)
    assert queries > 0 and b"Nieuwe titel" in response.content


@pytest.mark.parametrize("url", [AGENDA, THEME, "event"])
def test_a_calendar_costs_as_many_queries_with_3_or_50_events(client, content_site, url):
    events = [event(content_site, days) for days in (-3, 4, 5)]
    url = f"/agenda/activiteit/{events[0].slug}.ics" if url == "event" else url
    client.get(url)  # warm the per-process caches (content types, site root paths)
    with_three = queries_for(client, url)
    for days in range(-47, 47, 2):
        event(content_site, days, themes=[content_site.theme, content_site.other_theme])
    assert queries_for(client, url) == with_three <= 8
    if url != AGENDA:
        return
    assert len(vevents(read_calendar(client, url))) == 50
