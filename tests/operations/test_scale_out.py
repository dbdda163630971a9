"""Two gunicorn instances on one PostgreSQL and one Redis: a change published through
one is seen on the other at once, though both had the page in the shared cache."""

import os
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import psycopg
import pytest
from django.conf import settings

from tests.factories import NewsPageFactory
from tests.requirements import require
from tests.servers import (
    cookies,
    csrf_token,
    gunicorn,
    manage,
    production_environment,
    redis_is_running,
    request,
)

pytestmark = pytest.mark.postgres

SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/12"
PASSWORD = "een-lang-wachtwoord-2025"
ARTICLE = "sociale-psychiatrie-in-de-wijk"


@pytest.fixture
def shared_database():
    name = f"sociaalwerk_scale_out_{os.getpid()}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    yield f"{SERVER}/{name}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def log_in(base_url):
    """The admin's session cookie, after logging in through its form."""
    _, html, headers = request(base_url + "/admin/login/")
    jar = cookies(headers)
    status, _, headers = request(
        base_url + "/admin/login/",
        data={"username": "beheer", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(html)},
        headers={"Cookie": jar},
    )
    assert status == 302, status
    return f"{jar}; {cookies(headers)}"


def test_a_publish_through_one_instance_shows_on_the_other_at_once(shared_database, tmp_path):
    require(redis_is_running(), "Redis on 127.0.0.1:6379")
    environment = production_environment(
        DATABASE_URL=shared_database,
        REDIS_URL=REDIS,
        PAGE_CACHE_SECONDS="3600",
        STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_SUPERUSER_PASSWORD=PASSWORD,
    )
    manage(environment, "migrate", "--no-input")
    manage(environment, "collectstatic", "--no-input")
    manage(environment, "load_demo_content")
    manage(
        environment, "createsuperuser", "--no-input", "--username", "beheer", "--email", "b@x.nl"
    )
    manage(environment, "clear_page_cache")
    with psycopg.connect(shared_database) as connection:
        (page_id,) = connection.execute(
            "SELECT id FROM wagtailcore_page WHERE slug = %s", [ARTICLE]
        ).fetchone()

    with gunicorn(environment) as first, gunicorn(environment) as second:
        for base_url in (first, second, first, second):
            status, html, headers = request(base_url + "/nieuws/")
            assert status == 200 and ARTICLE in html
        assert headers["Cache-Control"].startswith("public")

        session = log_in(first)
        unpublish = f"{first}/admin/pages/{page_id}/unpublish/"
        _, html, _ = request(unpublish, headers={"Cookie": session})
        status, _, _ = request(
            unpublish, data={"csrfmiddlewaretoken": csrf_token(html)}, headers={"Cookie": session}
        )
        assert status == 302

        status, html, _ = request(second + "/nieuws/")
        assert status == 200 and ARTICLE not in html
        assert request(f"{second}/nieuws/{ARTICLE}/")[0] == 404


@pytest.fixture
def fake_cdn():
    """An HTTP server that records the PURGE requests sent to it; yields (url, paths)."""
    purged = []

    class Purge(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Purge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", purged
    server.shutdown()


@pytest.mark.django_db(transaction=True)
def test_publishing_purges_the_page_from_the_cdn(content_site, fake_cdn):
    purge_url, purged = fake_cdn
    article = NewsPageFactory(parent=content_site.news_index, title="Naar de CDN")
    database = settings.DATABASES["default"]
    environment = production_environment(
        DATABASE_URL=f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        f"/{database['NAME']}",
        FRONTEND_CACHE_PURGE_URL=purge_url,
    )
    publish = (
        "from wagtail.models import Page; "
        f"Page.objects.get(pk={article.pk}).specific.save_revision().publish()"
    )
    manage(environment, "shell", "-c", publish)
    assert purged == [article.url]
