"""An event keeps its UID for life; its SEQUENCE rises when its date, time, place or
status changes, and only then, as published, never set back by an older revision."""

import datetime

import pytest

from tests.agenda.calendar_helpers import calendar_url, the_event
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def event_on(site, day, **fields):
    return EventPageFactory(parent=site.agenda, start_date=day, themes=[site.theme], **fields)


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_the_uid_survives_edits_and_sequence_rises_only_when_calendars_must_know(
    client, content_site
):
    event = event_on(content_site, datetime.date(2026, 4, 14), slug="roadshow")
    first = the_event(client, calendar_url(event))
    assert first["SEQUENCE"] == 0

    # A typo in the title or text, a new address: the same event, nothing to redo.
    event.title = "Roadshow (verbeterd)"
    event.intro = "Een nieuwe inleiding."
    event.body = [("paragraph", "<p>Ander programma.</p>")]
    event.slug = "roadshow-2026"
    event = publish(event)
    edited = the_event(client, calendar_url(event))
    assert edited["UID"] == first["UID"]
    assert edited["SEQUENCE"] == 0
    assert str(edited["SUMMARY"]) == "Roadshow (verbeterd)"

    changes = [
        ("start_time", datetime.time(14)),
        ("end_date", datetime.date(2026, 4, 15)),
        ("city", "Zwolle"),
        ("venue", "Stadsschouwburg"),
        ("attendance", "hybrid"),
        ("status", "postponed"),
    ]
    for sequence, (field, value) in enumerate(changes, start=1):
        setattr(event, field, value)
        event = publish(event)
        vevent = the_event(client, calendar_url(event))
        assert (vevent["UID"], vevent["SEQUENCE"]) == (first["UID"], sequence), field


def test_a_draft_leaves_the_calendar_alone_until_it_is_published(client, content_site):
    event = event_on(content_site, datetime.date(2026, 4, 14))
    event.start_time = datetime.time(10)
    event.save_revision()
    vevent = the_event(client, calendar_url(event))
    assert vevent["SEQUENCE"] == 0
    assert vevent["DTSTART"].dt.hour == 13
    event.get_latest_revision().publish()
    vevent = the_event(client, calendar_url(event))
    assert vevent["SEQUENCE"] == 1
    assert vevent["DTSTART"].dt.hour == 10


def test_publishing_an_older_revision_raises_sequence_instead_of_setting_it_back(
    client, content_site
):
    event = event_on(content_site, datetime.date(2026, 4, 14))
    at_one = event.save_revision()
    at_one.publish()
    event.start_time = datetime.time(15)
    event.end_time = datetime.time(18)
    event = publish(event)
    assert event.calendar_sequence == 1
    at_one.publish()  # holds calendar_sequence 0 and 13.00
    vevent = the_event(client, calendar_url(event))
    assert vevent["SEQUENCE"] == 2
    assert vevent["DTSTART"].dt.hour == 13


def test_a_first_publication_starts_at_sequence_zero(content_site):
    event = event_on(content_site, datetime.date(2026, 4, 14), live=False)
    event.city = "Zwolle"
    event = publish(event)
    assert event.calendar_sequence == 0
