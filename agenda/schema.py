"""An event as schema.org Event, for search engines (JSON-LD).

``EventPage.schema_data`` gives this to ``seo.metadata``, which adds what every page
has (description, address, image, language): the seo app asks the page and knows
nothing of events. Times are Dutch time with their offset; an all-day event has
dates only, its last day as ``endDate``.
"""

from agenda.calendars import AMSTERDAM

SCHEMA_ORG = "https://schema.org"
COUNTRY = "NL"
EVENT_STATUSES = {
    "scheduled": "EventScheduled",
    "postponed": "EventPostponed",
    "cancelled": "EventCancelled",
}
ATTENDANCE_MODES = {
    "in_person": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "hybrid": "MixedEventAttendanceMode",
}


def dates(event):
    """``(startDate, endDate)``: dates for an all-day event, else moments in Dutch time."""
    if event.is_all_day:
        return event.start_date.isoformat(), (event.end_date or event.start_date).isoformat()
    return tuple(
        moment.astimezone(AMSTERDAM).isoformat(timespec="seconds")
        for moment in (event.starts_at, event.ends_at)
    )


def place(event):
    """The venue as a Place with its PostalAddress."""
    address = {
        "@type": "PostalAddress",
        "streetAddress": event.street_address,
        "postalCode": event.postcode,
        "addressLocality": event.city,
        "addressCountry": COUNTRY,
    }
    return {
        "@type": "Place",
        "name": event.venue or event.city,
        "address": {key: value for key, value in address.items() if value},
    }


def location(event, url):
    """Place, VirtualLocation (the event's page), or both for a hybrid event."""
    virtual = {"@type": "VirtualLocation", "url": url}
    if event.attendance == event.Attendance.ONLINE:
        return virtual
    if event.attendance == event.Attendance.HYBRID:
        return [place(event), virtual]
    return place(event)


def event_data(event, *, url, organisation):
    """The schema.org Event of ``event``, whose page is at ``url``, organised by
    ``organisation`` (schema.org Organization, as the home page names it)."""
    start, end = dates(event)
    return {
        "@type": event.schema_type,
        "name": event.title,
        "startDate": start,
        "endDate": end,
        "eventStatus": f"{SCHEMA_ORG}/{EVENT_STATUSES[event.status]}",
        "eventAttendanceMode": f"{SCHEMA_ORG}/{ATTENDANCE_MODES[event.attendance]}",
        "location": location(event, url),
        "organizer": organisation,
    }
