"""The mails to someone who registered: saved first, then mailed; a place comes with the
event as .ics and every mail with the personal cancel link; nothing typed is mailed; a
mail server that is down loses nothing, and the mail is retried once."""

import datetime
import io

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import (
    add_registrations,
    cancel_url,
    form_url,
    registration,
)

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status


def register(client, event, capture, **fields):
    with capture(execute=True):
        response = client.post(form_url(event), registration(**fields))
    assert response.status_code == 302
    return EventRegistration.objects.get(email=fields.get("email", "anna@welzijn.example"))


def test_a_place_is_confirmed_with_the_event_as_ics_and_a_cancel_link(
    client, event, django_capture_on_commit_callbacks
):
    saved = register(client, event, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == ["anna@welzijn.example"]
    assert message.subject == "Uw aanmelding voor Regiobijeenkomst Utrecht"
    assert "U bent aangemeld voor Regiobijeenkomst Utrecht" in message.body
    assert "http://localhost/agenda/regiobijeenkomst-utrecht/" in message.body

    (filename, content, mimetype) = message.attachments[0]
    assert (filename, mimetype) == ("regiobijeenkomst-utrecht.ics", "text/calendar")
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Regiobijeenkomst Utrecht"
    assert str(vevent["UID"]) == f"activiteit-{event.pk}@localhost"

    link = f"http://localhost{cancel_url(saved)}"
    assert link in message.body and f'href="{link}"' in message.alternatives[0][0]
    saved.refresh_from_db()
    assert (saved.mailed_as, saved.mail_attempts, saved.mail_error) == (Status.CONFIRMED, 1, "")


def test_the_waiting_list_is_told_so_without_a_calendar_entry(
    client, event, django_capture_on_commit_callbacks
):
    add_registrations(event, 3)
    register(client, event, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.subject == "U staat op de wachtlijst voor Regiobijeenkomst Utrecht"
    assert "daarom staat u op de wachtlijst" in message.body
    assert "Meld u met deze link af van de wachtlijst" in message.body
    assert message.attachments == []


SPAM = "Win een iPhone op https://spam.example"


def test_the_mail_carries_nothing_that_was_typed(client, event, django_capture_on_commit_callbacks):
    """It goes to whatever address was typed: a stranger gets the association's text and
    the event, never someone else's words (not even a name in the greeting)."""
    register(
        client,
        event,
        django_capture_on_commit_callbacks,
        email="slachtoffer@example.org",
        name=SPAM,
        organisation=SPAM,
        remarks=f"<a href='https://spam.example'>{SPAM}</a>",
    )
    (message,) = mail.outbox
    for text in (message.subject, message.body, message.alternatives[0][0]):
        assert "spam.example" not in text and "iPhone" not in text
    assert message.body.startswith("Goedendag,")
    assert "Hebt u zich niet aangemeld? Dan heeft iemand anders uw e-mailadres ingevuld" in (
        message.body
    )
    assert "Sociaal Werk Nederland" in message.body


def test_a_mail_server_that_is_down_loses_nothing_and_the_mail_is_retried_once(
    client, event, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.helpers.FailingBackend"
    saved = register(client, event, django_capture_on_commit_callbacks)
    saved.refresh_from_db()
    assert saved.status == Status.CONFIRMED and saved.mailed_as == ""
    assert saved.mail_attempts == 1 and "mail server down" in saved.mail_error

    call_command("send_registration_mails", stdout=io.StringIO())
    saved.refresh_from_db()
    assert saved.mail_attempts == 2 and saved.mailed_as == ""

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("send_registration_mails", stdout=out)
    assert "sent: 1; still failing: 0" in out.getvalue()
    saved.refresh_from_db()
    assert (saved.mailed_as, saved.mail_error) == (Status.CONFIRMED, "")
    assert [m.subject for m in mail.outbox] == ["Uw aanmelding voor Regiobijeenkomst Utrecht"]
    call_command("send_registration_mails", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_the_worker_retries_registration_mails(event, settings):
    """``run_jobs`` (the worker) runs the retry with the other scheduled jobs."""
    (waiting,) = add_registrations(event, 1, status=Status.WAITING, mailed_as="")
    assert "send_registration_mails" in settings.SCHEDULED_JOBS
    settings.SCHEDULED_JOBS = ["send_registration_mails"]
    call_command("run_jobs", "--once", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [[waiting.email]]


def test_no_mail_is_retried_for_an_event_that_has_ended(event):
    add_registrations(event, 1, mailed_as="")
    event.start_date = datetime.date.today() - datetime.timedelta(days=2 * 365)
    event.save()
    call_command("send_registration_mails", stdout=io.StringIO())
    assert mail.outbox == []
