"""The error pages: a Dutch 404, a Dutch 503 while the database is away, a Dutch 500 for
anything else, each without the error's detail."""

from unittest import mock

import pytest
from django.db import DatabaseError, OperationalError, ProgrammingError
from django.test import override_settings

from sociaalwerk.core.models import HomePage

pytestmark = pytest.mark.django_db


def test_unknown_address_gives_dutch_404(client, demo_site):
    response = client.get("/deze-pagina-bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert '<html lang="nl">' in html


@override_settings(DEBUG=False)
def test_server_error_page_is_dutch_and_standalone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="nl">' in html
    assert "Er is iets misgegaan" in html


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
