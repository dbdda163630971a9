"""The health check: ok when the database and the cache answer, 503 when either is away."""

from unittest import mock

from django.db import OperationalError

from tests.servers import redis_cache


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
