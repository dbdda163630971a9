"""Logging in to the admin: weak passwords are refused, and the login locks after five
failures, for the client address they came from only (also behind the proxy)."""

import pytest
from axes.models import AccessAttempt

PASSWORD = "een-lang-wachtwoord-2025"
PROXY = "10.0.0.1"
STRANGER = "203.0.113.9"
EDITOR_AT_HOME = "198.51.100.7"


@pytest.mark.parametrize(
    "password", ["kort", "12345678901234", "1qaz2wsx3edc", "redacteur-sociaal"]
)
def test_weak_passwords_are_refused(password, django_user_model, db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    user = django_user_model(username="redacteur-sociaal", email="redacteur@sociaalwerk.nl")
    with pytest.raises(ValidationError):
        validate_password(password, user)
    validate_password("Buurthuis-De-Schakel-2025", user)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "redacteur", "redacteur@example.org", PASSWORD, is_staff=True, is_superuser=True
    )


def log_in(client, password, address=PROXY, forwarded_for=None):
    """A login attempt from ``address``; through the proxy when ``forwarded_for`` is the
    X-Forwarded-For header the proxy passes on."""
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return client.post(
        "/admin/login/",
        {"username": "redacteur", "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_the_admin_login_locks_after_five_failures_with_a_dutch_message(client, editor):
    for _ in range(4):
        assert log_in(client, "fout").status_code == 200
    locked = log_in(client, "fout")
    assert locked.status_code == 429
    assert "Te veel mislukte inlogpogingen" in locked.content.decode()
    # Locked even with the right password, but only for this address.
    assert log_in(client, PASSWORD).status_code == 429
    assert log_in(client, PASSWORD, address="10.0.0.2").status_code == 302


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        log_in(client, "fout")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert log_in(client, "fout").status_code == 200


@pytest.fixture
def behind_proxy(settings):
    settings.TRUST_X_FORWARDED_FOR = True


def test_behind_the_proxy_a_strangers_failures_lock_only_the_stranger_out(
    client, editor, behind_proxy
):
    for attempt in range(6):
        # What the client sends before the proxy's own entry cannot free the stranger.
        log_in(client, "fout", forwarded_for=f"192.0.2.{attempt}, {STRANGER}")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {STRANGER}
    assert log_in(client, PASSWORD, forwarded_for=STRANGER).status_code == 429
    assert log_in(client, PASSWORD, forwarded_for=EDITOR_AT_HOME).status_code == 302


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, editor):
    for attempt in range(5):
        log_in(client, "fout", forwarded_for=f"192.0.2.{attempt}")

    # Every attempt counted for the connecting address, whatever the header said.
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {PROXY}
    assert log_in(client, PASSWORD, forwarded_for=EDITOR_AT_HOME).status_code == 429
    assert log_in(client, PASSWORD, address="10.0.0.2").status_code == 302
