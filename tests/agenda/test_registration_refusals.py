"""What the registration form refuses, as every public form does, with a clear Dutch
message and nothing stored: spam, too many from one address, a bad CSRF token, a
database that is briefly away."""

from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client

from agenda.models import EventRegistration
from sociaalwerk.public_forms.spam import new_token
from tests.agenda.registration_helpers import form_url, registration

pytestmark = pytest.mark.django_db


def test_a_filled_honeypot_is_refused_with_a_message(client, event):
    response = client.post(form_url(event), registration(homepage="http://spam.example"))
    assert response.status_code == 200
    assert "lijkt automatisch verstuurd" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_a_form_sent_within_seconds_is_refused(client, event, settings):
    settings.SPAM_MIN_FILL_SECONDS = 60
    response = client.post(form_url(event), registration())
    assert "U verstuurde het formulier erg snel" in response.content.decode()
    assert not EventRegistration.objects.exists()


@pytest.mark.parametrize("token", ["", "nep-token", new_token()[:-3] + "abc"])
def test_a_missing_or_tampered_token_is_refused(client, event, token):
    response = client.post(form_url(event), registration(form_token=token))
    assert "Het formulier stond te lang open" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_too_many_registrations_from_one_address_are_refused_politely(client, event, settings):
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 2
    statuses = [
        client.post(form_url(event), registration(email=f"{n}@example.org")).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    response = client.post(form_url(event), registration())
    assert response["Retry-After"] == "3600"
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert event.registrations.count() == 2


def test_a_missing_csrf_token_gives_a_dutch_403(event):
    client = Client(enforce_csrf_checks=True)
    client.get(form_url(event))
    response = client.post(form_url(event), registration())
    assert response.status_code == 403
    assert "Het formulier kon niet worden verstuurd" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_a_database_that_is_away_gives_503_with_the_form_kept_and_nothing_stored(client, event):
    with mock.patch.object(
        EventRegistration, "save", side_effect=OperationalError("database away")
    ):
        response = client.post(form_url(event), registration(name="Zoë de Wit"))
    assert response.status_code == 503
    html = response.content.decode()
    assert "Er is niets opgeslagen" in html and 'value="Zoë de Wit"' in html
    assert not EventRegistration.objects.exists()
    assert not mail.outbox
    # Nothing was claimed: the same form goes through once the database is back.
    assert client.post(form_url(event), response.context["form"].data).status_code == 302


def test_a_database_that_cannot_lock_the_event_gives_503_too(client, event):
    with mock.patch("agenda.registering.locked", side_effect=OperationalError("lock timeout")):
        response = client.post(form_url(event), registration())
    assert response.status_code == 503
    assert not EventRegistration.objects.exists()
