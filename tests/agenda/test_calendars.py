"""The .ics of one event: Amsterdam time on both sides of summer time, all-day events,
a UID for life, SEQUENCE, status; each read back with a real parser."""

import datetime
import io
import zoneinfo

import icalendar
import pytest
from dateutil import tz as dateutil_tz
from wagtail.models import PageViewRestriction

from agenda.calendars import amsterdam_timezone
from tests.agenda.calendar_helpers import calendar_url, in_utc, the_event
from tests.core.helpers import translated
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC


def event_on(site, day, **fields):
    return EventPageFactory(parent=site.agenda, start_date=day, themes=[site.theme], **fields)


# 13.00 in Amsterdam, in UTC: winter time (+1) before the last Sunday of March and
# from the last Sunday of October, summer time (+2) between.
AROUND_SUMMER_TIME = [
    (datetime.date(2026, 3, 28), datetime.datetime(2026, 3, 28, 12, tzinfo=UTC)),
    (datetime.date(2026, 3, 29), datetime.datetime(2026, 3, 29, 11, tzinfo=UTC)),
    (datetime.date(2026, 10, 24), datetime.datetime(2026, 10, 24, 11, tzinfo=UTC)),
    (datetime.date(2026, 10, 25), datetime.datetime(2026, 10, 25, 12, tzinfo=UTC)),
]


@pytest.mark.parametrize(("day", "one_pm_in_utc"), AROUND_SUMMER_TIME)
def test_one_pm_in_amsterdam_is_right_in_utc_on_both_sides_of_each_change(
    client, content_site, day, one_pm_in_utc
):
    event = event_on(content_site, day)
    response = client.get(calendar_url(event))
    stamp = day.strftime("%Y%m%d")
    assert f"DTSTART;TZID=Europe/Amsterdam:{stamp}T130000".encode() in response.content
    assert f"DTEND;TZID=Europe/Amsterdam:{stamp}T170000".encode() in response.content

    calendar = icalendar.Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    start, end = vevent["DTSTART"].dt, vevent["DTEND"].dt
    assert in_utc(start) == one_pm_in_utc
    assert in_utc(end) == one_pm_in_utc + datetime.timedelta(hours=4)
    # Read with the file's own VTIMEZONE, not the reader's knowledge of the zone: by
    # icalendar, and independently by python-dateutil.
    [vtimezone] = calendar.walk("VTIMEZONE")
    own_zone = vtimezone.to_tz(lookup_tzid=False)
    dateutil_zone = dateutil_tz.tzical(io.StringIO(vtimezone.to_ical().decode())).get()
    for zone in (own_zone, dateutil_zone):
        assert in_utc(start.replace(tzinfo=zone)) == one_pm_in_utc


def zones_read_from_the_vtimezone():
    """The VTIMEZONE the calendars carry, as icalendar and python-dateutil read it."""
    text = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n"
        + amsterdam_timezone().to_ical()
        + b"END:VCALENDAR\r\n"
    )
    [vtimezone] = text.walk("VTIMEZONE")
    return [
        vtimezone.to_tz(lookup_tzid=False),
        dateutil_tz.tzical(io.StringIO(vtimezone.to_ical().decode())).get(),
    ]


def last_sunday(year, month):
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


@pytest.mark.parametrize("year", [2025, 2026, 2027, 2030, 2035])
def test_the_vtimezone_agrees_with_the_zone_database_around_every_change(year):
    """Every half hour from the evening before each change to the next noon, both ways:
    a UTC moment shown in local time, and a local time (that exists once) in UTC."""
    zones = zones_read_from_the_vtimezone()
    for month in (3, 10):
        start = datetime.datetime.combine(last_sunday(year, month), datetime.time(), UTC)
        for step in range(-8, 24):
            moment = start + datetime.timedelta(minutes=30 * step)
            local = moment.astimezone(AMSTERDAM).replace(tzinfo=None)
            for zone in zones:
                assert moment.astimezone(zone).replace(tzinfo=None) == local, (zone, moment)
                if local.hour not in (2,):  # 02.00–03.00 is skipped or repeated
                    assert in_utc(local.replace(tzinfo=zone)) == moment, (zone, local)


def test_the_change_to_summer_time_is_dated_at_two_as_rfc_5545_wants():
    text = amsterdam_timezone().to_ical().decode()
    assert "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text


def test_an_all_day_event_has_dates_and_ends_the_day_after_its_last(client, content_site):
    single = event_on(content_site, datetime.date(2026, 4, 14), start_time=None, end_time=None)
    several = event_on(
        content_site,
        datetime.date(2026, 4, 14),
        end_date=datetime.date(2026, 4, 16),
        start_time=None,
        end_time=None,
    )
    response = client.get(calendar_url(single))
    assert b"DTSTART;VALUE=DATE:20260414" in response.content
    assert b"DTEND;VALUE=DATE:20260415" in response.content
    vevent = the_event(client, calendar_url(several))
    assert vevent["DTSTART"].dt == datetime.date(2026, 4, 14)
    assert vevent["DTEND"].dt == datetime.date(2026, 4, 17)


def test_an_event_of_several_days_with_times_runs_from_first_to_last(client, content_site):
    event = event_on(
        content_site,
        datetime.date(2026, 10, 24),
        end_date=datetime.date(2026, 10, 26),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(16),
    )
    vevent = the_event(client, calendar_url(event))
    assert in_utc(vevent["DTSTART"].dt) == datetime.datetime(2026, 10, 24, 7, 30, tzinfo=UTC)
    assert in_utc(vevent["DTEND"].dt) == datetime.datetime(2026, 10, 26, 15, tzinfo=UTC)


def test_one_event_is_a_file_to_add_to_a_calendar(client, content_site):
    event = event_on(
        content_site,
        datetime.date(2026, 4, 14),
        title="Jaarcongres Sociaal Werk",
        slug="jaarcongres-2026",
        intro="Een dag over de toekomst van het sociaal werk.",
        venue="Jaarbeurs",
        street_address="Jaarbeursplein 6",
        postcode="3521 AL",
        city="Utrecht",
    )
    response = client.get("/agenda/activiteit/jaarcongres-2026.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="jaarcongres-2026.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH"
    # A name would make Outlook open the file as a calendar of its own.
    assert "X-WR-CALNAME" not in calendar
    [vevent] = calendar.walk("VEVENT")
    url = "http://localhost/agenda/jaarcongres-2026/"
    assert str(vevent["UID"]) == f"activiteit-{event.pk}@localhost"
    assert str(vevent["SUMMARY"]) == "Jaarcongres Sociaal Werk"
    assert str(vevent["URL"]) == url
    assert str(vevent["DESCRIPTION"]) == f"Een dag over de toekomst van het sociaal werk.\n\n{url}"
    assert str(vevent["LOCATION"]) == "Jaarbeurs, Jaarbeursplein 6, 3521 AL Utrecht"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert vevent["SEQUENCE"] == 0
    assert vevent["DTSTAMP"].dt.tzinfo is not None


def test_an_online_event_is_located_online(client, content_site):
    event = event_on(content_site, datetime.date(2026, 4, 14), attendance="online", venue="")
    assert str(the_event(client, calendar_url(event))["LOCATION"]) == str(event.place)


@pytest.mark.parametrize(
    ("status", "ical_status", "prefix", "msgid"),
    [
        ("cancelled", "CANCELLED", "Cancelled: {title}", "This event has been cancelled."),
        ("postponed", "TENTATIVE", "Postponed: {title}", "This event has been postponed."),
    ],
)
def test_a_cancelled_or_postponed_event_says_so(
    client, content_site, status, ical_status, prefix, msgid
):
    event = event_on(content_site, datetime.date(2026, 4, 14), status=status, title="Roadshow")
    vevent = the_event(client, calendar_url(event))
    assert str(vevent["STATUS"]) == ical_status
    assert str(vevent["SUMMARY"]) == translated(prefix, title="Roadshow")
    assert str(vevent["DESCRIPTION"]).startswith(translated(msgid))


@pytest.mark.parametrize("how", ["unknown", "draft", "private"])
def test_no_calendar_of_an_event_that_is_not_public(client, content_site, how):
    event = event_on(content_site, datetime.date(2026, 4, 14), live=how != "draft")
    if how == "private":
        PageViewRestriction.objects.create(page=event, restriction_type="login")
    url = "/agenda/activiteit/bestaat-niet.ics" if how == "unknown" else calendar_url(event)
    assert client.get(url).status_code == 404
