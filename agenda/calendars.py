"""Events as iCalendar (.ics): one event to add to a calendar, or a feed to subscribe to.

Times are written in Europe/Amsterdam with the VTIMEZONE that defines it, so that a
calendar shows 13.00 on both sides of the change to and from summer time. Each event
keeps one UID for life (its page id), and SEQUENCE rises when its date, time, place or
status changes (``signal_handlers``), so that a calendar replaces its copy instead of
adding a second one.

How a status reads in a calendar: a cancelled event is STATUS:CANCELLED, and its
summary starts with "Geannuleerd:", because several calendar apps show a cancelled
event of a subscription as if nothing were wrong. A postponed event keeps its old date
until editors give the new one; it is STATUS:TENTATIVE with "Uitgesteld:" before its
title, so that nobody reads the old date as settled.
"""

import datetime
import zoneinfo

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

PRODUCT = "-//Sociaal Werk Nederland//Agenda//NL"
TIME_ZONE = "Europe/Amsterdam"
AMSTERDAM = zoneinfo.ZoneInfo(TIME_ZONE)
# How often a subscribed calendar should read the feed again (RFC 7986, and Outlook's
# X-PUBLISHED-TTL); most apps choose their own interval anyway.
REFRESH_INTERVAL = datetime.timedelta(hours=6)

STATUSES = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def amsterdam_timezone():
    """The VTIMEZONE of Europe/Amsterdam as the large calendar producers write it: summer
    time from the last Sunday of March, 02.00 (+0100 → +0200), to the last Sunday of
    October, 03.00 (+0200 → +0100), the EU rule since 1996.

    Not ``icalendar.Timezone.from_tzinfo``: in icalendar 7.3 it dates the change to
    summer time at 03.00 where RFC 5545 wants 02.00 (the local time before the change),
    so a reader puts the hour after it (01.00–02.00 UTC) an hour early, and it lists
    only the years around today, so an event outside them came out an hour wrong.
    Should the EU end the change of clocks, this is the one place to change.
    """
    zone = icalendar.Timezone()
    zone.add("tzid", TIME_ZONE)
    for kind, name, start, offset_from, offset_to, month in (
        (icalendar.TimezoneDaylight, "CEST", datetime.datetime(1970, 3, 29, 2), 1, 2, 3),
        (icalendar.TimezoneStandard, "CET", datetime.datetime(1970, 10, 25, 3), 2, 1, 10),
    ):
        rule = kind()
        rule.add("tzname", name)
        rule.add("tzoffsetfrom", datetime.timedelta(hours=offset_from))
        rule.add("tzoffsetto", datetime.timedelta(hours=offset_to))
        rule.add("dtstart", start)
        rule.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(rule)
    return zone


def uid(event, domain):
    """The event's identity in every calendar, unchanged by edits."""
    return f"activiteit-{event.pk}@{domain}"


def summary(event):
    """The title, after "Geannuleerd:" or "Uitgesteld:" when it does not take place as planned."""
    if event.status == event.Status.CANCELLED:
        return _("Cancelled: {title}").format(title=event.title)
    if event.status == event.Status.POSTPONED:
        return _("Postponed: {title}").format(title=event.title)
    return event.title


def description(event, url):
    """The lead and the page's address, after a line on the status if it is not as planned."""
    lines = []
    if event.status == event.Status.CANCELLED:
        lines.append(_("This event has been cancelled."))
    elif event.status == event.Status.POSTPONED:
        lines.append(_("This event has been postponed."))
    lines += [event.intro, url]
    return "\n\n".join(line for line in lines if line)


def location(event):
    """The address in one line, "Online", or the address "and online"."""
    if event.attendance == event.Attendance.ONLINE:
        return event.place
    address = ", ".join(
        part
        for part in (event.venue, event.street_address, f"{event.postcode} {event.city}".strip())
        if part
    )
    if event.attendance == event.Attendance.HYBRID:
        return _("%(place)s and online") % {"place": address}
    return address


def vevent(event, *, url, domain):
    """The VEVENT of one event; ``url`` is its page's full address."""
    item = icalendar.Event()
    item.add("uid", uid(event, domain))
    item.add("dtstamp", timezone.now())
    item.add("sequence", event.calendar_sequence)
    item.add("summary", summary(event))
    item.add("description", description(event, url))
    item.add("url", url)
    if event.is_all_day:
        # All day: dates, the end the day after the last (RFC 5545 DTEND is exclusive).
        item.add("dtstart", event.start_date)
        item.add("dtend", (event.end_date or event.start_date) + datetime.timedelta(days=1))
    else:
        item.add("dtstart", event.starts_at.astimezone(AMSTERDAM))
        item.add("dtend", event.ends_at.astimezone(AMSTERDAM))
    if place := location(event):
        item.add("location", place)
    item.add("status", STATUSES[event.status])
    item.add("last-modified", event.last_published_at or timezone.now())
    return item


def calendar(events, *, url_of, domain, name=None, description=None):
    """The .ics text of ``events``; ``url_of(event)`` gives each page's full address.

    With a ``name`` it is a calendar to subscribe to; without, a file with one event to
    add to one's own calendar (a name there makes Outlook open it as a calendar apart).
    """
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("name", name)
        cal.add("x-wr-calname", name)
        if description:
            cal.add("x-wr-caldesc", description)
        cal.add("x-wr-timezone", TIME_ZONE)
        cal.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    cal.add_component(amsterdam_timezone())
    for event in events:
        cal.add_component(vevent(event, url=url_of(event), domain=domain))
    return cal.to_ical()
