"""The calendars (.ics): the whole agenda and each theme's, to subscribe to, and one
event, to add to one's own calendar.

A subscribed calendar keeps what the feed lists, and removes what it no longer lists.
So a feed lists the events that have not ended and those that ended in the last
``PAST_DAYS`` days: last week's congress stays in the subscriber's calendar. An event
looks the same in the feed before and after it takes place; the feed changes by itself
only when an event leaves it, which it records (``core.freshness``) so that the page
cache keeps a copy no longer than that. Everything else changes with a publish, which
makes the cached copy stale (``urls.py`` declares the tags).

Each view costs the same few queries however many events it lists.
"""

import datetime

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.http import content_disposition_header
from wagtail.models import Site

from agenda import calendars, subscriptions
from agenda.models import EventPage
from sociaalwerk.core import feeds, freshness
from sociaalwerk.core.models import ThemePage

PAST_DAYS = 90
# A bound on the work of one request; the agenda holds far fewer events.
MAX_EVENTS = 500
CONTENT_TYPE = "text/calendar; charset=utf-8"


def site_events(site):
    """The live, public events of the request's site."""
    events = EventPage.objects.live().public()
    return events.in_site(site) if site else events


def domain(request, site):
    """The host in every UID: the site's, the same whatever host name the request used."""
    return site.hostname if site else request.get_host().partition(":")[0]


def ics_response(request, site, events, **names):
    body = calendars.calendar(
        events,
        url_of=lambda event: event.get_full_url(request),
        domain=domain(request, site),
        **names,
    )
    return HttpResponse(body, content_type=CONTENT_TYPE)


def subscription(request, site, events, **names):
    now = timezone.now()
    window = datetime.timedelta(days=PAST_DAYS)
    shown = list(events.filter(ends_at__gt=now - window).order_by("starts_at", "pk")[:MAX_EVENTS])
    if shown:
        # The first to leave: the one that ended first, PAST_DAYS after its end.
        freshness.record(request, min(event.ends_at for event in shown) + window)
    return ics_response(request, site, shown, **names)


def agenda_calendar(request):
    """Every event of the agenda."""
    site = Site.find_for_request(request)
    name = feeds.site_name(request)
    return subscription(
        request,
        site,
        site_events(site),
        name=subscriptions.agenda_name(name),
        description=subscriptions.agenda_description(name),
    )


def theme_calendar(request, slug):
    """The events of one live theme."""
    theme = get_object_or_404(ThemePage.objects.live().public(), slug=slug)
    site = Site.find_for_request(request)
    name = feeds.site_name(request)
    return subscription(
        request,
        site,
        site_events(site).of_theme(theme),
        name=subscriptions.theme_name(theme, name),
        description=subscriptions.theme_description(theme, name),
    )


def event_calendar(request, slug):
    """One event as a file to open in a calendar app, which adds it to the calendar."""
    site = Site.find_for_request(request)
    event = site_events(site).filter(slug=slug).order_by("path").first()
    if event is None:
        raise Http404("No such event.")
    response = ics_response(request, site, [event])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{event.slug}.ics"
    )
    return response
