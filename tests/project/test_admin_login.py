"""Logging in to the admin: weak passwords are refused, and the login locks after five
failures."""

import pytest

PASSWORD = "een-lang-wachtwoord-2025"


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


def log_in(client, password, address="10.0.0.1"):
    return client.post(
        "/admin/login/",
        {"username": "redacteur", "password": password},
        REMOTE_ADDR=address,
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
