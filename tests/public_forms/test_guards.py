"""The password of a protected page and the admin's password reset cannot be tried
without limit; a stranger's attempts never stop a person at another address."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import PageViewRestriction

from sociaalwerk.public_forms import guards
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

STRANGER = "203.0.113.9"
MEMBER = "198.51.100.7"
PAGE_PASSWORD = "leden-2025"


@pytest.fixture
def protected_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Ledennieuws", body="<p>Alleen leden.</p>")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return page


def enter_page_password(client, page, password, address):
    """Send the password form exactly as Wagtail renders it for ``page``."""
    action = client.get(page.url, REMOTE_ADDR=address).context["action_url"]
    return client.post(action, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_a_strangers_guesses_stop_the_stranger_not_a_member(client, protected_page, settings):
    settings.PAGE_PASSWORD_FAILURE_LIMIT = 3
    for _ in range(3):
        assert enter_page_password(client, protected_page, "raden", STRANGER).status_code == 200

    refused = enter_page_password(client, protected_page, PAGE_PASSWORD, STRANGER)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    html = refused.content.decode()
    assert "Te veel pogingen" in html
    assert str(guards.PAGE_PASSWORD_REFUSED) in html

    member = enter_page_password(client, protected_page, PAGE_PASSWORD, MEMBER)
    assert member.status_code == 302
    assert "Alleen leden." in client.get(member.url, REMOTE_ADDR=MEMBER).content.decode()


def test_only_wrong_page_passwords_count(client, protected_page, settings):
    # Colleagues behind one office address all get in.
    settings.PAGE_PASSWORD_FAILURE_LIMIT = 1
    for _ in range(3):
        client.cookies.clear()
        response = enter_page_password(client, protected_page, PAGE_PASSWORD, MEMBER)
        assert response.status_code == 302


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", "een-lang-wachtwoord-2025", is_superuser=True
    )


def request_reset(client, email, address):
    return client.post(
        reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address
    )


def test_password_reset_mails_one_account_a_few_times_an_hour(client, editor, settings):
    settings.PASSWORD_RESET_LIMIT_PER_EMAIL = 2
    assert request_reset(client, "redacteur@example.org", STRANGER).status_code == 302
    # Matched as Django matches accounts: whatever the case, from whatever address.
    assert request_reset(client, " Redacteur@Example.org", "192.0.2.1").status_code == 302

    refused = request_reset(client, "redacteur@example.org", "192.0.2.2")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Te veel pogingen" in html
    assert str(guards.PASSWORD_RESET_REFUSED) in html
    assert len(mail.outbox) == 2


def test_password_reset_is_limited_per_client_address(client, editor, settings):
    settings.PASSWORD_RESET_LIMIT_PER_ADDRESS = 2
    for number in range(2):
        assert request_reset(client, f"iemand{number}@example.org", STRANGER).status_code == 302
    assert request_reset(client, "redacteur@example.org", STRANGER).status_code == 429
    assert mail.outbox == []

    # The editor, elsewhere, still gets the mail.
    assert request_reset(client, "redacteur@example.org", MEMBER).status_code == 302
    assert [message.to for message in mail.outbox] == [["redacteur@example.org"]]
