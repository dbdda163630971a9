"""What the event page says about registering, before anyone fills in a form: places
left, full (with or without the waiting list), closed, another website, or nothing. The
page stays cached for anonymous visitors, in a fixed number of queries, and its copy goes
stale whenever what it says about places changes."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from agenda import dates
from agenda.models import EventRegistration
from tests.agenda.registration_helpers import (
    add_registrations,
    cancel_url,
    form_url,
    page_url,
    registration,
)
from tests.factories import EventPageFactory
from tests.helpers import queries_for, warm_up
from tests.page_cache.helpers import assert_served_from_cache, fetch

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status


def section(client, event):
    """The registration section of the event page, or None."""
    html = client.get(page_url(event)).content.decode()
    start = html.find('<section class="registration')
    return None if start < 0 else html[start : html.index("</section>", start)]


def test_open_registration_says_how_many_places_are_left_and_links_the_form(client, event):
    add_registrations(event, 1)
    text = section(client, event)
    assert "Nog 2 plaatsen vrij" in text
    assert f'href="{form_url(event)}"' in text and ">Aanmelden</a>" in text
    assert "<form" not in text
    add_registrations(event, 1)
    assert "Nog 1 plaats vrij" in section(client, event)


def test_a_full_event_offers_the_waiting_list(client, event):
    add_registrations(event, 3)
    add_registrations(event, 2, status=Status.CANCELLED)
    text = section(client, event)
    assert "Vol" in text and "wachtlijst" in text
    assert "Aanmelden voor de wachtlijst" in text and "plaatsen vrij" not in text


def test_a_full_event_without_waiting_list_says_full_and_links_no_form(client, event):
    event.waiting_list = False
    event.save()
    add_registrations(event, 3)
    text = section(client, event)
    assert "Vol" in text and "aanmelden is niet meer mogelijk" in text
    assert form_url(event) not in text


def test_after_the_deadline_or_the_end_registration_is_closed(client, event):
    event.registration_closes_at = timezone.now() - datetime.timedelta(hours=1)
    event.save()
    text = section(client, event)
    assert "Aanmelden is gesloten." in text and form_url(event) not in text

    event.registration_closes_at = None
    event.start_date = timezone.localdate() - datetime.timedelta(days=3)
    event.save()
    assert "Aanmelden is gesloten." in section(client, event)


def test_the_closing_moment_chosen_by_the_editors_is_shown(client, event):
    day = event.start_date - datetime.timedelta(days=2)
    event.registration_closes_at = timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(12))
    )
    event.save()
    with translation.override("nl"):
        expected = f"U kunt zich aanmelden tot {dates.day(day)}, 12.00 uur."
    assert expected in section(client, event)


def test_a_cancelled_event_says_nothing_about_registering(client, event):
    event.status = event.Status.CANCELLED
    event.save()
    assert section(client, event) is None


def test_external_registration_links_the_other_website(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        registration="external",
        registration_url="https://elders.example/inschrijven",
    )
    text = section(client, event)
    assert 'href="https://elders.example/inschrijven"' in text
    assert "andere website" in text


def test_no_registration_says_nothing(client, agenda):
    assert section(client, EventPageFactory(parent=agenda)) is None


def test_the_query_count_does_not_grow_with_the_registrations(client, event):
    add_registrations(event, 3)
    warm_up(client, page_url(event))
    few = queries_for(client, page_url(event))
    add_registrations(event, 47, status=Status.WAITING)
    assert queries_for(client, page_url(event)) == few


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 3600


def test_the_cached_page_goes_stale_when_a_registration_takes_a_place(
    client, event, cached, django_capture_on_commit_callbacks
):
    add_registrations(event, 2)
    fetch(client, page_url(event))
    assert "Nog 1 plaats vrij" in assert_served_from_cache(client, page_url(event)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(form_url(event), registration())
    response, queries = fetch(client, page_url(event))
    assert queries > 0 and "Vol" in response.content.decode()
    assert_served_from_cache(client, page_url(event))

    # The waiting list changes nothing the page says: the copy stays.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(form_url(event), registration(email="b@example.org"))
    assert_served_from_cache(client, page_url(event))


def test_the_cached_page_goes_stale_when_a_cancellation_frees_a_place(
    client, event, cached, django_capture_on_commit_callbacks
):
    confirmed = add_registrations(event, 3)
    fetch(client, page_url(event))
    assert "Vol" in assert_served_from_cache(client, page_url(event)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(confirmed[0]))
    response, queries = fetch(client, page_url(event))
    assert queries > 0 and "Nog 1 plaats vrij" in response.content.decode()
    assert mail.outbox == []


def test_a_cancellation_whose_place_goes_to_the_waiting_list_keeps_the_cached_page(
    client, event, cached, django_capture_on_commit_callbacks
):
    confirmed = add_registrations(event, 3)
    add_registrations(event, 1, status=Status.WAITING)
    fetch(client, page_url(event))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(confirmed[0]))
    assert "Vol" in assert_served_from_cache(client, page_url(event)).content.decode()
