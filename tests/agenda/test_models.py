"""Events: their moments in Amsterdam time, the editors' rules, upcoming and past."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from agenda.models import EventPage
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def test_moments_are_amsterdam_time_on_both_sides_of_summer_time(content_site):
    winter = EventPageFactory(
        parent=content_site.agenda,
        start_date=datetime.date(2026, 3, 28),
        themes=[content_site.theme],
    )
    summer = EventPageFactory(
        parent=content_site.agenda,
        start_date=datetime.date(2026, 3, 29),
        themes=[content_site.theme],
    )
    assert winter.starts_at == datetime.datetime(2026, 3, 28, 12, 0, tzinfo=datetime.UTC)
    assert summer.starts_at == datetime.datetime(2026, 3, 29, 11, 0, tzinfo=datetime.UTC)
    assert summer.ends_at.astimezone(AMSTERDAM).hour == 17


def test_an_all_day_event_ends_at_midnight_after_its_last_day(content_site):
    event = EventPageFactory(
        parent=content_site.agenda,
        start_date=datetime.date(2026, 10, 24),
        end_date=datetime.date(2026, 10, 25),
        start_time=None,
        end_time=None,
    )
    assert event.is_all_day
    # 25 October 2026 is the change back to winter time: midnight is 23.00 UTC.
    assert event.ends_at == datetime.datetime(2026, 10, 25, 23, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"end_date": datetime.date(2026, 4, 13)}, "end_date"),
        ({"start_time": datetime.time(17), "end_time": datetime.time(13)}, "end_time"),
        ({"start_time": None, "end_time": datetime.time(13)}, "end_time"),
        ({"registration": "external", "registration_url": ""}, "registration_url"),
        ({"registration": "on_site", "capacity": None}, "capacity"),
        ({"attendance": "in_person", "venue": "", "city": ""}, "venue"),
    ],
)
def test_editors_are_told_what_does_not_add_up(content_site, fields, field):
    event = EventPageFactory.build(
        start_date=datetime.date(2026, 4, 14),
        start_time=datetime.time(13),
        end_time=datetime.time(17),
        venue="Jaarbeurs",
        city="Utrecht",
    )
    for name, value in fields.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict


def test_an_event_moves_from_upcoming_to_past_at_its_end(content_site):
    event = EventPageFactory(parent=content_site.agenda, themes=[content_site.theme])
    before_end = event.ends_at - datetime.timedelta(seconds=1)
    assert list(EventPage.objects.upcoming(before_end)) == [event]
    assert list(EventPage.objects.past(event.ends_at)) == [event]
    assert not EventPage.objects.upcoming(event.ends_at).exists()


def test_place_reads_online_or_venue_and_city(content_site):
    event = EventPageFactory.build(venue="Jaarbeurs", city="Utrecht")
    assert event.place == "Jaarbeurs, Utrecht"
    event.attendance = EventPage.Attendance.ONLINE
    assert event.place == "Online"


def test_next_change_is_the_first_of_closing_start_and_end(content_site):
    event = EventPageFactory(parent=content_site.agenda)
    now = timezone.now()
    assert event.next_change(now) == event.starts_at
    assert event.next_change(event.starts_at) == event.ends_at
    assert event.next_change(event.ends_at) is None
