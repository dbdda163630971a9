"""Operation: the health check, the Dutch 503 page, JSON logs, the admin login lockout."""

import json
import logging
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.db import DatabaseError, OperationalError, ProgrammingError

from sociaalwerk.core.models import HomePage
from sociaalwerk.operations.log_format import JsonFormatter
from tests.page_cache.test_redis import redis_cache
from tests.project.test_settings import PRODUCTION_ENV, ROOT

PASSWORD = "een-lang-wachtwoord-2025"


def test_health_answers_ok_when_the_database_answers(client, db):
    response = client.get("/health/")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_health_answers_503_without_detail_when_the_database_is_away(client, db, caplog):
    with mock.patch(
        "sociaalwerk.operations.health.connection.cursor", side_effect=OperationalError
    ):
        response = client.get("/health/")
    assert response.status_code == 503 and response.content == b"unavailable\n"
    assert "the database is unavailable" in caplog.text


def test_health_answers_503_when_the_configured_cache_is_away(client, db, settings):
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens there
    response = client.get("/health/")
    assert response.status_code == 503 and response.content == b"unavailable\n"


@pytest.mark.parametrize(
    "error", [OperationalError("connection lost"), DatabaseError("connection lost")]
)
def test_a_database_outage_gives_a_dutch_503_page(client, home_page, error):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "serve", side_effect=error):
        response = client.get("/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    html = response.content.decode()
    assert "De website is even niet bereikbaar" in html and "connection lost" not in html


@pytest.mark.parametrize("error", [ValueError("secret detail"), ProgrammingError("secret detail")])
def test_any_other_error_gives_the_dutch_500_page(client, home_page, error):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "serve", side_effect=error):
        response = client.get("/")
    assert response.status_code == 500
    assert "Er is iets misgegaan" in response.content.decode()
    assert "secret detail" not in response.content.decode()


def test_log_lines_are_json_with_extra_fields_and_the_exception():
    logger = logging.getLogger("sociaalwerk.test")
    try:
        raise ValueError("kapot")
    except ValueError:
        record = logger.makeRecord(
            "sociaalwerk.test",
            logging.ERROR,
            __file__,
            1,
            "Mail naar %s mislukt",
            ("bureau",),
            sys.exc_info(),
            extra={"application_id": 7},
        )
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "ERROR" and line["logger"] == "sociaalwerk.test"
    assert line["message"] == "Mail naar bureau mislukt" and line["application_id"] == 7
    assert "ValueError: kapot" in line["exception"] and line["time"].endswith("+00:00")


def test_production_logs_json_to_stdout():
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="sociaalwerk.settings.production")
    code = "import django, logging; django.setup(); logging.getLogger('x').warning('hallo')"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert json.loads(result.stderr.strip().splitlines()[-1])["message"] == "hallo"


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
