"""Helpers of the calendar tests: events some days from today, an .ics read back with
icalendar's parser, and a clock moved forward."""

import datetime
from types import SimpleNamespace

import icalendar
from django.utils import timezone

from sociaalwerk.page_cache import store
from tests.factories import EventPageFactory

CALENDAR_TYPE = "text/calendar; charset=utf-8"
AGENDA = "/agenda/agenda.ics"
THEME = "/agenda/thema/sociale-verbondenheid.ics"


def event(site, days, themes=None, **fields):
    """An event ``days`` from today (before today if negative), 13.00–17.00, of the
    site's main theme unless ``themes`` says otherwise."""
    return EventPageFactory(
        parent=site.agenda,
        start_date=datetime.date.today() + datetime.timedelta(days=days),
        themes=themes if themes is not None else [site.theme],
        **fields,
    )


def read_calendar(client, url):
    """The calendar at ``url``, parsed as a calendar app reads it."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == CALENDAR_TYPE
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return calendar.walk("VEVENT")


def summaries(calendar):
    return [str(event["SUMMARY"]) for event in vevents(calendar)]


def the_event(client, url):
    """The one VEVENT of the calendar at ``url``."""
    [event] = vevents(read_calendar(client, url))
    return event


def calendar_url(event):
    return f"/agenda/activiteit/{event.slug}.ics"


def in_utc(value):
    return value.astimezone(datetime.UTC)


def move_clock(monkeypatch, moment):
    """Let the site and the page cache believe it is ``moment``."""
    monkeypatch.setattr(timezone, "now", lambda: moment)
    monkeypatch.setattr(
        store,
        "time",
        SimpleNamespace(time=moment.timestamp, time_ns=lambda: int(moment.timestamp() * 1e9)),
    )
