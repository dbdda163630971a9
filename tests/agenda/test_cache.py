"""Cached pages that list events never show an event as upcoming after it ended: a
cached copy expires at the next start or end it shows."""

import datetime

import pytest
from django.core.cache import cache

from tests.agenda.helpers import move_clock
from tests.factories import EventPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_for_a_day(settings):
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    cache.clear()


@pytest.fixture
def event_today(content_site):
    """An all-day event today: it ends at midnight tonight."""
    return EventPageFactory(
        parent=content_site.agenda,
        title="Regiobijeenkomst vandaag",
        start_date=datetime.date.today(),
        start_time=None,
        end_time=None,
        themes=[content_site.theme],
    )


@pytest.mark.parametrize("url", ["/", "/agenda/", "/thema/sociale-verbondenheid/"])
def test_a_cached_listing_expires_when_a_shown_event_ends(
    client, cached_for_a_day, monkeypatch, event_today, url
):
    first, _ = fetch(client, url)
    assert b"Regiobijeenkomst vandaag" in first.content
    assert_served_from_cache(client, url)
    move_clock(monkeypatch, event_today.ends_at + datetime.timedelta(minutes=1))
    after, queries = fetch(client, url)
    assert queries > 0
    assert b"Regiobijeenkomst vandaag" not in after.content


def test_the_past_events_take_in_an_event_as_it_ends(
    client, cached_for_a_day, monkeypatch, event_today
):
    before, _ = fetch(client, "/agenda/afgelopen/")
    assert b"Regiobijeenkomst vandaag" not in before.content
    assert_served_from_cache(client, "/agenda/afgelopen/")
    move_clock(monkeypatch, event_today.ends_at)
    assert b"Regiobijeenkomst vandaag" in client.get("/agenda/afgelopen/").content


def test_a_listing_keeps_its_cached_copy_until_then(
    client, cached_for_a_day, monkeypatch, event_today
):
    fetch(client, "/agenda/")
    move_clock(monkeypatch, event_today.ends_at - datetime.timedelta(minutes=1))
    assert_served_from_cache(client, "/agenda/")


def test_a_cdn_may_keep_the_page_no_longer_than_until_the_change(
    client, cached_for_a_day, settings, event_today
):
    settings.PAGE_CACHE_CDN_SECONDS = 7 * 24 * 60 * 60
    response = client.get("/agenda/")
    max_age = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 0 < max_age <= 24 * 60 * 60


def test_the_event_page_shows_it_has_taken_place_once_it_ended(
    client, cached_for_a_day, monkeypatch, event_today
):
    assert "plaatsgevonden" not in client.get(event_today.url).content.decode()
    move_clock(monkeypatch, event_today.ends_at)
    assert "Deze activiteit heeft plaatsgevonden." in client.get(event_today.url).content.decode()
