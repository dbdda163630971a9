"""What "Lid worden" refuses, with a clear message and nothing stored: spam, too many
applications, a bad CSRF token, a database that refuses the write."""

from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from members.models import MembershipApplication
from sociaalwerk.public_forms.spam import new_token
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db


def test_filled_honeypot_is_refused_with_a_message(client, membership_page):
    response = client.post(URL, application(homepage="http://spam.example"))
    assert response.status_code == 200
    assert "lijkt automatisch verstuurd" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_a_form_sent_within_seconds_is_refused_and_can_be_sent_again(
    client, membership_page, settings
):
    settings.SPAM_MIN_FILL_SECONDS = 60
    response = client.post(URL, application())
    assert "U verstuurde het formulier erg snel" in response.content.decode()
    assert not MembershipApplication.objects.exists()
    fresh_token = response.context["form"].data["form_token"]
    with mock.patch(
        "sociaalwerk.public_forms.spam.time.time", return_value=timezone.now().timestamp() + 61
    ):
        assert client.post(URL, application(form_token=fresh_token)).status_code == 302


@pytest.mark.parametrize("token", ["", "nep-token", new_token()[:-3] + "abc"])
def test_a_missing_or_tampered_token_is_refused(client, membership_page, token):
    response = client.post(URL, application(form_token=token))
    assert "Het formulier stond te lang open" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_too_many_applications_from_one_address_are_refused_politely(
    client, membership_page, settings
):
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 2
    statuses = [client.post(URL, application()).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    response = client.post(URL, application())
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert MembershipApplication.objects.count() == 2


@pytest.mark.parametrize(
    "token", [None, "wrong-token-0000000000000000000000000000000000000000000000000000"]
)
def test_missing_or_wrong_csrf_token_gives_a_dutch_403(membership_page, token):
    client = Client(enforce_csrf_checks=True)
    client.get(URL)
    data = application()
    if token:
        data["csrfmiddlewaretoken"] = token
    response = client.post(URL, data)
    assert response.status_code == 403
    assert "Het formulier kon niet worden verstuurd" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_a_database_that_refuses_the_write_gives_a_clear_page_and_saves_nothing(
    client, membership_page
):
    with mock.patch.object(MembershipApplication, "save", side_effect=OperationalError("db away")):
        response = client.post(URL, application())
    assert response.status_code == 503
    html = response.content.decode()
    assert "Er is niets opgeslagen" in html and 'value="Welzijn Utrecht"' in html
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox
