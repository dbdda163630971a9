"""Events as iCalendar (.ics): one event to add to a calendar, or a feed to subscribe to.

Times are written in Europe/Amsterdam with the VTIMEZONE that defines it, so that a
calendar shows 13.00 on both sides of the change to and from summer time. Each event
keeps one UID for life (its page id), and SEQUENCE rises when it changes, so that a
calendar replaces its copy instead of adding a second one.
"""

import datetime

import icalendar
from django.utils import timezone

PRODUCT = "-//Sociaal Werk Nederland//Agenda//NL"
# The time-zone definition covers the years calendars will show, not every year since 1970.
ZONE_YEARS_BACK, ZONE_YEARS_AHEAD = 2, 5


def uid(event, domain):
    """The event's identity in every calendar, unchanged by edits."""
    return f"activiteit-{event.pk}@{domain}"


def vevent(event, *, url, domain):
    """The VEVENT of one event; ``url`` is its page's full address."""
    item = icalendar.Event()
    item.add("uid", uid(event, domain))
    item.add("dtstamp", timezone.now())
    item.add("sequence", event.calendar_sequence)
    item.add("summary", event.title)
    item.add("description", f"{event.intro}\n\n{url}")
    item.add("url", url)
    if event.is_all_day:
        item.add("dtstart", event.start_date)
        item.add("dtend", (event.end_date or event.start_date) + datetime.timedelta(days=1))
    else:
        item.add("dtstart", timezone.localtime(event.starts_at))
        item.add("dtend", timezone.localtime(event.ends_at))
    location = ", ".join(
        part
        for part in (event.venue, event.street_address, f"{event.postcode} {event.city}".strip())
        if part
    )
    item.add("location", location or event.place)
    item.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    item.add("last-modified", event.last_published_at or timezone.now())
    return item


def calendar(events, *, name, url_of, domain):
    """The .ics text of ``events``; ``url_of(event)`` gives each page's full address."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", timezone.get_default_timezone_name())
    today = timezone.localdate()
    cal.add_component(
        icalendar.Timezone.from_tzinfo(
            timezone.get_default_timezone(),
            first_date=today.replace(year=today.year - ZONE_YEARS_BACK, month=1, day=1),
            last_date=today.replace(year=today.year + ZONE_YEARS_AHEAD, month=12, day=31),
        )
    )
    for event in events:
        cal.add_component(vevent(event, url=url_of(event), domain=domain))
    return cal.to_ical()
