"""The personal cancel link: a GET only asks (mail scanners follow links), the button
cancels, once; the place freed goes to the first on the waiting list, who is mailed."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import add_registrations, cancel_url
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status


def test_opening_the_link_cancels_nothing_the_button_does(client, event):
    (registration,) = add_registrations(event, 1)
    url = cancel_url(registration)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "Uw aanmelding annuleren?" in response.content.decode()
    client.head(url)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()

    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == url
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED and registration.cancelled_at is not None
    assert "Uw aanmelding is geannuleerd" in client.get(url).content.decode()


def test_the_button_needs_the_csrf_token_of_the_page(event):
    (registration,) = add_registrations(event, 1)
    response = Client(enforce_csrf_checks=True).post(cancel_url(registration))
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_link_is_used_once(client, event, django_capture_on_commit_callbacks):
    first, _second = add_registrations(event, 2)
    add_registrations(event, 1, status=Status.WAITING)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(first))
        client.post(cancel_url(first))
    assert event.registrations.counts() == {"confirmed": 2, "waiting": 0, "cancelled": 1}
    assert len(mail.outbox) == 1  # the promotion, once


def test_a_made_up_or_altered_link_cancels_nothing(client, event):
    registration, other = add_registrations(event, 2)
    for pk, signature in (
        (registration.pk, other.cancel_signature()),
        (registration.pk, registration.cancel_signature()[:-1]),
        (registration.pk + 1000, registration.cancel_signature()),
    ):
        url = event.get_url() + event.reverse_subpage("cancel_registration", args=[pk, signature])
        response = client.get(url)
        assert response.status_code == 404 and "Deze link klopt niet" in response.content.decode()
        assert client.post(url).status_code == 404
    assert not event.registrations.filter(status=Status.CANCELLED).exists()


def test_a_link_of_another_event_cancels_nothing_here(client, event, agenda):
    other_event = EventPageFactory(parent=agenda, registration="on_site", capacity=5)
    (registration,) = add_registrations(other_event, 1)
    url = event.get_url() + event.reverse_subpage(
        "cancel_registration", args=[registration.pk, registration.cancel_signature()]
    )
    assert client.post(url).status_code == 404
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_once_the_event_has_started_it_can_no_longer_be_cancelled(client, event):
    (registration,) = add_registrations(event, 1)
    event.start_date = timezone.localdate()
    event.start_time = (timezone.localtime() - datetime.timedelta(minutes=5)).time()
    event.end_time = None
    event.save()
    response = client.post(cancel_url(registration))
    assert response.status_code == 200
    assert "De activiteit is al begonnen" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_freed_place_goes_to_the_first_on_the_waiting_list_who_is_mailed(
    client, event, django_capture_on_commit_callbacks
):
    confirmed = add_registrations(event, 3)
    first, second = add_registrations(event, 2, status=Status.WAITING)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(confirmed[1]))
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITING)
    assert event.registrations.confirmed().count() == 3

    (message,) = mail.outbox
    assert message.to == [first.email]
    assert message.subject == (
        "Er is een plaats vrijgekomen: u kunt deelnemen aan Regiobijeenkomst Utrecht"
    )
    assert "u stond als eerste op de wachtlijst" in message.body
    assert message.attachments[0][2] == "text/calendar"
    assert cancel_url(first) in message.body


def test_leaving_the_waiting_list_promotes_nobody(
    client, event, django_capture_on_commit_callbacks
):
    add_registrations(event, 3)
    first, second = add_registrations(event, 2, status=Status.WAITING)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(first))
    second.refresh_from_db()
    assert second.status == Status.WAITING and mail.outbox == []


def test_a_promotion_whose_mail_failed_is_retried(
    client, event, settings, django_capture_on_commit_callbacks
):
    confirmed = add_registrations(event, 3)
    (waiting,) = add_registrations(event, 1, status=Status.WAITING)
    settings.EMAIL_BACKEND = "tests.helpers.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(confirmed[0]))
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED and waiting.mailed_as == Status.WAITING
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_registration_mails", stdout=io.StringIO())
    (message,) = mail.outbox
    assert message.to == [waiting.email] and "plaats vrijgekomen" in message.subject


def test_places_an_editor_adds_go_to_the_waiting_list_at_once(
    event, django_capture_on_commit_callbacks
):
    add_registrations(event, 3)
    first, second, third = add_registrations(event, 3, status=Status.WAITING)
    event.capacity = 5
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    statuses = [
        r.status
        for r in EventRegistration.objects.filter(pk__in=[first.pk, second.pk, third.pk]).order_by(
            "pk"
        )
    ]
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])
