"""Never over-booked: forty people send the form for an event of ten places at the same
moment, each request in its own thread with its own connection to PostgreSQL. Exactly
ten get a place; the thirty others go on the waiting list, or, without one, are told the
event is full and nothing of theirs is stored."""

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.core import mail

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import form_url, registration

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SENDERS = 40
PLACES = 10
Status = EventRegistration.Status


def send(url, number, barrier, results):
    """One visitor: fetch the form (for the CSRF cookie), wait for the others, send.
    Records (status, final address, page) under ``number``."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(url, timeout=30).read()
    csrf = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    data = registration(email=f"deelnemer{number}@example.org", csrfmiddlewaretoken=csrf)
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode(data).encode(), headers={"Referer": url}
    )
    barrier.wait(timeout=60)
    # The test server's listen queue is short: a refused connection is sent again, as a
    # browser would, with the same form token, so it is still handled once.
    for attempt in range(10):
        try:
            with opener.open(request, timeout=60) as response:
                results[number] = (response.status, response.url, "")
                return
        except urllib.error.HTTPError as refusal:
            results[number] = (refusal.code, url, refusal.read().decode())
            return
        except (ConnectionResetError, urllib.error.URLError):
            time.sleep(0.05 * (attempt + 1))


def send_all_at_once(live_server, event):
    url = live_server.url + form_url(event)
    barrier, results = threading.Barrier(SENDERS), {}
    threads = [
        threading.Thread(target=send, args=(url, number, barrier, results))
        for number in range(SENDERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert len(results) == SENDERS
    return results


def outcome(result):
    """The thank-you page a visitor landed on ("aangemeld", "wachtlijst", "ontvangen")."""
    return result[1].rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def ten_places(event, settings):
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 1000
    event.capacity = PLACES
    event.save()
    return event


def stored(event):
    return dict(event.registrations.values_list("email", "status"))


def test_forty_at_once_for_ten_places_give_ten_places_and_thirty_on_the_waiting_list(
    live_server, ten_places
):
    results = send_all_at_once(live_server, ten_places)

    statuses = stored(ten_places)
    assert list(statuses.values()).count(Status.CONFIRMED) == PLACES
    assert list(statuses.values()).count(Status.WAITING) == SENDERS - PLACES
    # Each visitor was told what happened to them (a form sent again after a dropped
    # connection was handled once, and says "received").
    expected = {Status.CONFIRMED: "aangemeld", Status.WAITING: "wachtlijst"}
    for number, result in results.items():
        assert result[0] == 200
        status = statuses[f"deelnemer{number}@example.org"]
        assert outcome(result) in (expected[status], "ontvangen")
    # One mail each: a place comes with the event for the calendar, the waiting list not.
    mailed = {message.to[0]: bool(message.attachments) for message in mail.outbox}
    assert len(mail.outbox) == SENDERS
    assert mailed == {email: status == Status.CONFIRMED for email, status in statuses.items()}


def test_without_a_waiting_list_thirty_are_told_it_is_full_and_nothing_else_is_stored(
    live_server, ten_places
):
    ten_places.waiting_list = False
    ten_places.save()
    results = send_all_at_once(live_server, ten_places)

    statuses = stored(ten_places)
    assert list(statuses.values()) == [Status.CONFIRMED] * PLACES
    assert EventRegistration.objects.count() == PLACES
    for number, (status, address, page) in results.items():
        if f"deelnemer{number}@example.org" in statuses:
            assert status == 200 and outcome((status, address)) in ("aangemeld", "ontvangen")
        else:
            # Told on the page, which now says "full" and shows no form.
            assert status == 409 and "registration--full" in page
            assert 'id="registration-form"' not in page
    assert sum(status == 409 for status, _, _ in results.values()) == SENDERS - PLACES
