"""Where a contact message is mailed, the link in the mail that its readers can open, and
a mail server that is down loses no message."""

import logging
import re

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission

from sociaalwerk.core.models import SiteSettings
from sociaalwerk.editorial.roles import MEMBER_ADMINISTRATION
from tests.contact.helpers import BUREAU_EMAIL, form_data

pytestmark = pytest.mark.django_db


def test_messages_go_to_the_bureau_address_with_the_visitors_subject(contact_page, send):
    contact_page.subject = "Contactformulier"
    contact_page.save()

    send()

    assert mail.outbox[0].to == [BUREAU_EMAIL]
    assert mail.outbox[0].subject == "Lidmaatschap"


def test_without_a_subject_of_the_visitor_the_mail_has_the_page_subject(contact_page, send):
    contact_page.subject = "Contactformulier"
    contact_page.save()

    send(form_data(onderwerp=" \n\t "))

    assert mail.outbox[0].subject == "Contactformulier"


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        # Header injection: a visitor's line break must not start a header of its own.
        ("Vraag\r\nBcc: slachtoffer@example.org", "Vraag Bcc: slachtoffer@example.org"),
        ("Vraag\u2028over\x1bde\x85cao\u2029", "Vraag over de cao"),
        ("  Meerdere   spaties\tin\vhet  onderwerp ", "Meerdere spaties in het onderwerp"),
        (
            "Een heel lang onderwerp over de cao sociaal werk en de vraag wanneer de "
            "volgende ledenvergadering is",
            "Een heel lang onderwerp over de cao sociaal werk en de vraag wanneer…",
        ),
    ],
)
def test_the_visitors_subject_becomes_one_short_header_line(send, typed, subject):
    send(form_data(onderwerp=typed))

    message = mail.outbox[0].message()
    assert mail.outbox[0].subject == subject
    assert "Bcc" not in message and message["To"] == BUREAU_EMAIL
    assert len(subject) <= 70


def test_member_administration_opens_the_message_linked_in_the_mail(client, send, staff):
    send()

    message = mail.outbox[0]
    url = re.search(r"http://testserver(/admin/\S+)", message.body).group(1)
    assert f'href="http://testserver{url}"' in message.alternatives[0][0]
    client.force_login(staff[MEMBER_ADMINISTRATION])
    response = client.get(url)

    assert response.status_code == 200
    assert "Wanneer is de volgende ledenvergadering?" in response.content.decode()


@pytest.mark.parametrize("base_url", ["http://testserver", "http://127.0.0.1:8123"])
def test_the_link_follows_the_configured_admin_address(send, settings, base_url):
    settings.WAGTAILADMIN_BASE_URL = base_url

    send()

    link = f"{base_url}/admin/contactberichten/inspect/{FormSubmission.objects.get().pk}/"
    assert link in mail.outbox[0].body
    assert f'href="{link}"' in mail.outbox[0].alternatives[0][0]


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
