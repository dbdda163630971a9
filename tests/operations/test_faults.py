"""PostgreSQL restarted under load: visitors get a Dutch 503 during the gap (or the
cached page), the site recovers by itself, and every application whose sender was
thanked is stored.

Runs the site with gunicorn and production settings on a private PostgreSQL cluster,
which the test stops and starts while two threads browse and apply.
"""

import re
import threading
import time

import psycopg
import pytest

from tests.members.helpers import application
from tests.requirements import require
from tests.servers import (
    PrivatePostgres,
    cookies,
    csrf_token,
    gunicorn,
    manage,
    postgres_binaries_present,
    production_environment,
    redis_is_running,
    request,
)

pytestmark = pytest.mark.postgres

GAP_SECONDS = 3
UNAVAILABLE = "De website is even niet bereikbaar"


def apply(base_url, number):
    """Fill in "Lid worden" as a browser would; True when the applicant was thanked."""
    status, html, headers = request(base_url + "/lid-worden/")
    if status != 200:
        return status, False
    form_token = re.search(r'name="form_token" value="([^"]+)"', html)[1]
    status, _, headers = request(
        base_url + "/lid-worden/",
        data=application(
            csrfmiddlewaretoken=csrf_token(html),
            form_token=form_token,
            organisation_name=f"Storingstest {number}",
            email=f"anna{number}@welzijn.example",
        ),
        headers={"Cookie": cookies(headers)},
    )
    thanked = status == 302 and headers["Location"].endswith("/lid-worden/bedankt/")
    return status, thanked


def test_a_postgresql_restart_under_load_loses_nothing_and_heals_itself():
    require(postgres_binaries_present(), "PostgreSQL server binaries (apt-get install postgresql)")
    cluster = PrivatePostgres()
    try:
        cluster.initdb()
        cluster.start()
        cluster.create_database("site")
        require(redis_is_running(), "Redis on 127.0.0.1:6379")
        # As in production: persistent connections, and the cache shared by the workers.
        environment = production_environment(
            DATABASE_URL=cluster.url("site"),
            CONN_MAX_AGE="60",
            REDIS_URL="redis://127.0.0.1:6379/11",
            LOG_LEVEL="ERROR",
        )
        log = cluster.directory / "gunicorn.log"
        environment["STATIC_ROOT"] = str(cluster.directory / "static")
        manage(environment, "migrate", "--no-input")
        manage(environment, "collectstatic", "--no-input", "--ignore", "wagtail*")
        manage(environment, "load_demo_content")

        with gunicorn(environment, log=log) as base_url:
            seen, cached, thanked, stop = [], [], [], threading.Event()
            # The first view of the news index makes its pictures' renditions, which can
            # take longer than the run-up to the outage: have it in the cache first, as a
            # page people read would be.
            assert request(base_url + "/nieuws/")[0] == 200

            def browse():
                while not stop.is_set():
                    # Search is never cached: it needs the database every time.
                    status, html, _ = request(base_url + "/zoeken/?q=wijk")
                    seen.append((time.monotonic(), status, html))
                    status, _, _ = request(base_url + "/nieuws/")
                    cached.append(status)

            def keep_applying():
                number = 0
                while not stop.is_set():
                    number += 1
                    status, was_thanked = apply(base_url, number)
                    seen.append((time.monotonic(), status, ""))
                    if was_thanked:
                        thanked.append(f"Storingstest {number}")

            threads = [threading.Thread(target=browse), threading.Thread(target=keep_applying)]
            for thread in threads:
                thread.start()
            time.sleep(2)
            cluster.stop()
            time.sleep(GAP_SECONDS)
            cluster.start()
            back_at = time.monotonic()
            time.sleep(5)
            stop.set()
            for thread in threads:
                thread.join(timeout=60)

        statuses = {status for _, status, _ in seen}
        assert statuses <= {200, 302, 503}, (statuses, log.read_text()[-5000:])
        gap_pages = [html for _, status, html in seen if status == 503 and html]
        assert gap_pages and all(UNAVAILABLE in html for html in gap_pages)
        recovered = [at for at, status, _ in seen if status == 200 and at > back_at]
        assert recovered and recovered[0] - back_at < 5, "no answer within 5 s of the restart"
        assert len(thanked) > 5
        # The page cache went on serving the news index all through the gap.
        assert set(cached) == {200}

        with psycopg.connect(cluster.url("site")) as connection:
            stored = {
                name
                for (name,) in connection.execute(
                    "SELECT organisation_name FROM members_membershipapplication"
                )
            }
        assert set(thanked) <= stored
    finally:
        cluster.remove()
