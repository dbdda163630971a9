"""What the contact form refuses, keeping what was typed: spam, too many messages, a
database that refuses the write, a missing CSRF token; the genuine form's token passes."""

import re
from unittest import mock

import pytest
from django.core import mail
from django.db import DatabaseError
from django.test import Client, override_settings
from wagtail.contrib.forms.models import FormSubmission

from sociaalwerk.public_forms import flow, spam
from tests.contact.helpers import form_data

pytestmark = pytest.mark.django_db


def test_filled_honeypot_is_refused(contact_page, send):
    response = send(form_data(**{spam.HONEYPOT_FIELD: "https://spam.example"}))

    assert response.status_code == 200
    html = response.content.decode()
    alert = html.split('role="alert"')[1].split("</div>")[0]
    assert str(spam.SpamProtectedForm.honeypot_message) in alert.replace("&quot;", '"')
    assert "Wanneer is de volgende ledenvergadering?" in html  # what was typed is kept
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@override_settings(SPAM_MIN_FILL_SECONDS=3)
def test_form_sent_too_fast_is_refused(client, contact_page, django_capture_on_commit_callbacks):
    with mock.patch("sociaalwerk.public_forms.spam.time.time", return_value=1_800_000_000.0):
        page = client.get(contact_page.url).content.decode()
        token = re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', page).group(1)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(contact_page.url, form_data(**{spam.TOKEN_FIELD: token}))

    assert response.status_code == 200
    assert str(spam.SpamProtectedForm.too_fast_message) in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_token_of_the_rendered_form_is_accepted(client, contact_page, send):
    page = client.get(contact_page.url).content.decode()
    token = re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', page).group(1)

    assert send(form_data(**{spam.TOKEN_FIELD: token})).status_code == 302


@override_settings(SPAM_MAX_SUBMISSIONS_PER_HOUR=1)
def test_rate_limit_refuses_the_second_message(contact_page, send):
    assert send().status_code == 302

    response = send(form_data(bericht="Nog een vraag over de contributie."))

    assert response.status_code == 429
    html = response.content.decode()
    assert str(flow.RATE_LIMITED) in html
    assert "Nog een vraag over de contributie." in html
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_database_refusing_the_write_gives_503_and_stores_nothing(contact_page, send):
    with mock.patch.object(FormSubmission, "save", side_effect=DatabaseError("read-only")):
        response = send()

    assert response.status_code == 503
    html = response.content.decode()
    assert str(flow.NOT_SAVED) in html
    assert "Wanneer is de volgende ledenvergadering?" in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_missing_csrf_token_is_forbidden(contact_page):
    response = Client(enforce_csrf_checks=True).post(contact_page.url, form_data())

    assert response.status_code == 403
    assert FormSubmission.objects.count() == 0
