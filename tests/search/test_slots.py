"""A bound on the searches that rank at once: a search that finds every slot taken is
answered at once with a Dutch 503 that keeps its words, cached searches still answer,
and a slot is always given back."""

import html
import threading
from unittest import mock

import pytest
from django.db import OperationalError

from sociaalwerk.search import slots, views
from tests.search.helpers import all_search_slots_taken, found_titles

pytestmark = pytest.mark.django_db

BUSY = "Er wordt op dit moment erg veel gezocht. Probeer het over een paar seconden nog eens."


@pytest.fixture(autouse=True)
def short_wait(settings):
    settings.SEARCH_SLOT_WAIT_SECONDS = 0.05


def test_a_search_that_finds_every_slot_taken_is_asked_to_come_back(client, articles, rankings):
    with all_search_slots_taken():
        response = client.get("/zoeken/", {"q": "wijk & <buurt>", "soort": "blog"})
    assert response.status_code == 503
    assert response["Retry-After"] == str(views.BUSY_RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert BUSY in page
    assert f'value="{html.escape("wijk & <buurt>")}"' in page
    assert '<option value="blog" selected>' in page
    assert '<footer class="site-footer">' in page  # in the site's layout
    assert rankings.call_count == 0


def test_a_cached_search_is_answered_while_every_slot_is_taken(
    client, articles, search_cache, rankings
):
    found = found_titles(client, "q=wijk")
    with all_search_slots_taken():
        assert found_titles(client, "q=wijk") == found
        assert client.get("/zoeken/?q=buurt").status_code == 503
    assert rankings.call_count == 1


def test_the_empty_search_page_needs_no_slot(client, content_site):
    with all_search_slots_taken():
        assert client.get("/zoeken/").status_code == 200


def test_the_slot_is_given_back_when_the_database_fails(client, articles, settings):
    settings.SEARCH_CONCURRENCY = 1
    client.raise_request_exception = False
    with mock.patch.object(views, "search_results", side_effect=OperationalError("weg")):
        assert client.get("/zoeken/?q=wijk").status_code == 503
    with mock.patch.object(views, "search_results", side_effect=ValueError("fout")):
        assert client.get("/zoeken/?q=wijk").status_code == 500
    assert "Werken in de wijk" in found_titles(client, "q=wijk")


def test_searches_one_after_another_each_get_the_slot(client, articles, settings):
    settings.SEARCH_CONCURRENCY = 1
    for query in ("wijk", "buurtwerk", "concurrentie"):
        assert client.get("/zoeken/", {"q": query}).status_code == 200


def test_threads_share_the_slots_of_their_process(settings):
    settings.SEARCH_CONCURRENCY = 1
    holding, done = threading.Event(), threading.Event()

    def search_that_ranks_long():
        with slots.slot():
            holding.set()
            done.wait(5)

    thread = threading.Thread(target=search_that_ranks_long)
    thread.start()
    try:
        assert holding.wait(5)
        with pytest.raises(slots.Busy), slots.slot():
            pass
    finally:
        done.set()
        thread.join()
    with slots.slot():
        pass
