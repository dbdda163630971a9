"""Where a contact message is mailed, and a mail server that is down loses no message."""

import logging

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission

from sociaalwerk.core.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_page_addresses_go_before_the_bureau_address(contact_page, send):
    contact_page.to_address = "a@example.org, b@example.org"
    contact_page.subject = "Contactformulier"
    contact_page.save()

    send()

    assert mail.outbox[0].to == ["a@example.org", "b@example.org"]
    assert mail.outbox[0].subject == "Contactformulier"


def test_without_any_address_the_message_goes_to_the_sending_address(contact_page, send, settings):
    SiteSettings.objects.update(bureau_email="")

    response = send()

    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1
    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]


@override_settings(EMAIL_BACKEND="tests.helpers.FailingBackend")
def test_failing_mail_server_keeps_the_message(contact_page, send, caplog):
    with caplog.at_level(logging.WARNING, logger="contact.models"):
        response = send()

    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1
    assert "could not be e-mailed" in caplog.text
    assert "mail server down" in caplog.text
