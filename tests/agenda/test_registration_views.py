"""Registering for an event on this site: a place while there are places, then the
waiting list or "full"; never after the deadline; each outcome on its own thank-you page;
none of these pages is ever stored for others."""

import datetime

import pytest
from django.utils import timezone

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import (
    add_registrations,
    form_url,
    outcome_url,
    page_url,
    registration,
)
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status


def test_the_form_asks_name_organisation_email_remarks_and_consent(client, event):
    response = client.get(form_url(event))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("name", "organisation", "email", "remarks", "privacy_consent"):
        assert f'for="id_{name}"' in html and f'id="id_{name}"' in html
    assert '<a href="/privacy/">privacyverklaring</a>' in html
    assert 'class="form__trap" aria-hidden="true"' in html
    assert 'autocomplete="email"' in html and 'maxlength="2000"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_a_registration_gets_a_place_and_its_thank_you_page(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url(event), registration())
    assert response.status_code == 302
    assert response["Location"] == outcome_url(event, "aangemeld")
    saved = EventRegistration.objects.get()
    assert (saved.event, saved.status, saved.name, saved.email) == (
        event,
        Status.CONFIRMED,
        "Anna de Vries",
        "anna@welzijn.example",
    )
    assert saved.organisation == "Welzijn Utrecht" and saved.privacy_consent
    thanks = client.get(response["Location"]).content.decode()
    assert "U bent aangemeld" in thanks and "Regiobijeenkomst Utrecht" in thanks


def test_once_the_places_are_taken_newcomers_go_on_the_waiting_list(client, event):
    add_registrations(event, 3)
    response = client.post(form_url(event), registration())
    assert response["Location"] == outcome_url(event, "wachtlijst")
    assert EventRegistration.objects.get(email="anna@welzijn.example").status == Status.WAITING
    assert "U staat op de wachtlijst" in client.get(response["Location"]).content.decode()


def test_a_full_event_without_waiting_list_stores_nothing_and_says_so(client, event):
    event.waiting_list = False
    event.save()
    add_registrations(event, 3)
    page = client.get(form_url(event)).content.decode()
    assert "Vol" in page and 'id="registration-form"' not in page

    response = client.post(form_url(event), registration())
    assert response.status_code == 409
    html = response.content.decode()
    assert "de laatste plaats werd bezet" in html and "niet opgeslagen" in html
    assert 'id="registration-form"' not in html
    assert event.registrations.count() == 3


def test_the_last_place_taken_while_the_form_was_open_is_refused_plainly(client, event):
    """The visitor saw a free place; by the time they sent, it was gone: told, not stored."""
    event.waiting_list = False
    event.save()
    add_registrations(event, 2)
    assert 'id="registration-form"' in client.get(form_url(event)).content.decode()
    add_registrations(event, 1)
    response = client.post(form_url(event), registration())
    assert response.status_code == 409
    assert not event.registrations.filter(email="anna@welzijn.example").exists()
    # The refusal released the form: once a place is free again, the same form is accepted.
    event.registrations.filter(name="Deelnemer 3").update(status=Status.CANCELLED)
    assert client.post(form_url(event), response.context["form"].data).status_code == 302


def test_after_the_deadline_there_is_no_form_and_nothing_is_stored(client, event):
    event.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    event.save()
    page = client.get(form_url(event)).content.decode()
    assert "Aanmelden is gesloten." in page and 'id="registration-form"' not in page
    response = client.post(form_url(event), registration())
    assert response.status_code == 409
    assert "Aanmelden voor deze activiteit is gesloten" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_a_cancelled_event_takes_no_registrations(client, event):
    event.status = event.Status.CANCELLED
    event.save()
    assert 'id="registration-form"' not in client.get(form_url(event)).content.decode()
    assert client.post(form_url(event), registration()).status_code == 409
    assert not EventRegistration.objects.exists()


@pytest.mark.parametrize("mode", ["none", "external"])
def test_events_without_registration_on_this_site_have_no_form(client, agenda, mode):
    event = EventPageFactory(
        parent=agenda, registration=mode, registration_url="https://elders.example/aanmelden"
    )
    assert client.get(form_url(event)).status_code == 404
    assert client.post(form_url(event), registration()).status_code == 404
    assert not EventRegistration.objects.exists()


def test_a_form_sent_twice_is_stored_once(client, event, django_capture_on_commit_callbacks):
    data = registration()
    with django_capture_on_commit_callbacks(execute=True):
        first, second = client.post(form_url(event), data), client.post(form_url(event), data)
    assert first["Location"] == outcome_url(event, "aangemeld")
    assert second["Location"] == outcome_url(event, "ontvangen")
    assert EventRegistration.objects.count() == 1
    assert "We hebben uw aanmelding ontvangen" in client.get(second["Location"]).content.decode()


def test_an_unknown_outcome_is_not_found(client, event):
    assert client.get(outcome_url(event, "iets-anders")).status_code == 404


def test_the_form_and_its_outcomes_are_never_stored_for_others(client, event, settings):
    """The event page itself is cached; what hangs below it holds a form or one
    person's outcome, and says so to every cache."""
    settings.PAGE_CACHE_SECONDS = 3600
    for url in (form_url(event), outcome_url(event, "aangemeld")):
        response = client.get(url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    response = client.post(form_url(event), registration())
    assert "private" in response["Cache-Control"]
    assert "public" in client.get(page_url(event))["Cache-Control"]
