"""The agenda overview, the past events and the agenda block on theme and home pages."""

import datetime

import pytest

from tests.agenda.helpers import add_events
from tests.core.helpers import translated
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

CLEAR = translated("Clear filters")


def titles_in(response, events):
    html = response.content.decode()
    shown = [event for event in events if f'href="{event.url}"' in html]
    return sorted(shown, key=lambda event: html.index(f'href="{event.url}"'))


def test_the_agenda_lists_upcoming_events_soonest_first_and_past_ones_apart(client, content_site):
    upcoming = add_events(content_site, 3, past=2)
    coming, ended = upcoming[:3], upcoming[3:]
    response = client.get("/agenda/")
    assert titles_in(response, upcoming) == coming
    past = client.get("/agenda/afgelopen/")
    assert titles_in(past, upcoming) == ended  # the most recent first
    assert "Afgelopen activiteiten" in past.content.decode()


def test_an_event_under_way_is_still_upcoming(client, content_site):
    today = datetime.date.today()
    running = EventPageFactory(
        parent=content_site.agenda,
        start_date=today - datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=1),
        start_time=None,
        end_time=None,
    )
    assert titles_in(client.get("/agenda/"), [running]) == [running]


def test_past_events_are_paginated(client, content_site):
    events = add_events(content_site, 0, past=14)
    first = client.get("/agenda/afgelopen/")
    second = client.get("/agenda/afgelopen/?page=2")
    assert titles_in(first, events) == events[:12]
    assert titles_in(second, events) == events[12:]


def test_filters_by_theme_and_month(client, content_site):
    today = datetime.date.today()
    in_a_month = (today.replace(day=1) + datetime.timedelta(days=40)).replace(day=10)
    # All day on the last day of this month: upcoming today, in no other month.
    mine = EventPageFactory(
        parent=content_site.agenda,
        start_date=in_a_month.replace(day=1) - datetime.timedelta(days=1),
        start_time=None,
        end_time=None,
        themes=[content_site.other_theme],
    )
    later = EventPageFactory(
        parent=content_site.agenda, start_date=in_a_month, themes=[content_site.theme]
    )
    everything = [mine, later]
    by_theme = client.get("/agenda/?thema=sterke-sociale-basis")
    assert titles_in(by_theme, everything) == [mine]
    by_month = client.get(f"/agenda/?maand={in_a_month:%Y-%m}")
    assert titles_in(by_month, everything) == [later]
    # Only months and themes with events are offered, with how many.
    html = client.get("/agenda/").content.decode()
    assert f'value="{in_a_month:%Y-%m}"' in html
    assert '<option value="sociale-verbondenheid">Sociale verbondenheid (1)</option>' in html
    assert '<option value="sterke-sociale-basis">Sterke sociale basis (1)</option>' in html
    later_month = (in_a_month.replace(day=1) + datetime.timedelta(days=31)).replace(day=1)
    assert f'value="{later_month:%Y-%m}"' not in html
    assert "(1)</option>" in html.split(f'value="{in_a_month:%Y-%m}"')[1].split("\n")[0]


def test_an_agenda_filter_can_be_cleared_and_an_empty_result_says_so(client, content_site):
    today = datetime.date.today()
    in_a_month = (today.replace(day=1) + datetime.timedelta(days=40)).replace(day=10)
    EventPageFactory(parent=content_site.agenda, themes=[content_site.other_theme])
    EventPageFactory(parent=content_site.agenda, start_date=in_a_month, themes=[content_site.theme])
    assert CLEAR not in client.get("/agenda/").content.decode()
    filtered = client.get("/agenda/?thema=sociale-verbondenheid").content.decode()
    assert f'<a class="filters__clear" href="/agenda/">{CLEAR}</a>' in filtered
    nothing = client.get(
        f"/agenda/?thema=sterke-sociale-basis&maand={in_a_month:%Y-%m}"
    ).content.decode()
    assert translated("No events match these filters.") in nothing
    assert nothing.count(f'href="/agenda/">{CLEAR}</a>') == 2


@pytest.mark.parametrize(
    "query", ["thema=onbekend", "maand=2026-13", "maand=<script>", "maand=%00"]
)
def test_unknown_filter_values_are_ignored_with_a_message(client, content_site, query):
    events = add_events(content_site, 2)
    response = client.get(f"/agenda/?{query}")
    assert response.status_code == 200
    assert titles_in(response, events) == events
    assert "Dit filter is onbekend en is genegeerd." in response.content.decode()


def test_a_theme_page_shows_the_upcoming_events_of_its_theme_only(client, content_site):
    ours = EventPageFactory(parent=content_site.agenda, themes=[content_site.theme])
    theirs = EventPageFactory(parent=content_site.agenda, themes=[content_site.other_theme])
    ended = EventPageFactory(
        parent=content_site.agenda,
        start_date=datetime.date.today() - datetime.timedelta(days=3),
        themes=[content_site.theme],
    )
    response = client.get(content_site.theme.url)
    assert titles_in(response, [ours, theirs, ended]) == [ours]


def test_the_home_page_shows_the_next_events_of_every_theme(client, content_site):
    events = add_events(content_site, 4)
    assert titles_in(client.get("/"), events) == events[:3]


def test_a_cancelled_event_stays_listed_and_says_so(client, content_site):
    event = EventPageFactory(parent=content_site.agenda, status="cancelled")
    html = client.get("/agenda/").content.decode()
    assert f'href="{event.url}"' in html and "Geannuleerd" in html
    assert "Deze activiteit is geannuleerd." in client.get(event.url).content.decode()


def test_the_event_page_says_when_and_where_in_dutch(client, content_site):
    event = EventPageFactory(
        parent=content_site.agenda,
        start_date=datetime.date(2030, 4, 16),
        costs="Gratis voor leden",
        audience="Beleidsmedewerkers",
        themes=[content_site.theme],
    )
    html = client.get(event.url).content.decode()
    assert "dinsdag 16 april 2030, 13.00–17.00 uur" in html
    assert "Jaarbeurs, Utrecht" in html
    assert "Gratis voor leden" in html and "Beleidsmedewerkers" in html
    # The event leads; the main theme's introduction follows it.
    assert (
        html.index("<h1>") < html.index("</article>") < html.index("Korte inleiding op het thema.")
    )


def test_the_agenda_block_leads_to_the_agenda_of_its_theme(client, content_site):
    EventPageFactory(parent=content_site.agenda, themes=[content_site.theme])
    theme_html = client.get(content_site.theme.url).content.decode()
    assert 'href="/agenda/?thema=sociale-verbondenheid"' in theme_html
    assert "De agenda over Sociale verbondenheid" in theme_html
    # A theme without events leads to the whole agenda, not to an empty filter.
    other_html = client.get(content_site.other_theme.url).content.decode()
    assert 'href="/agenda/"' in other_html and "De hele agenda" in other_html
