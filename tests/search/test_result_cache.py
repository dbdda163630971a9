"""Repeated searches come from the cache until public content changes: no ranking the
second time, a publish or unpublish shows in the very next search, and random queries
cannot fill the cache."""

import time
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sociaalwerk.search import result_cache
from sociaalwerk.search.result_cache import MAX_CACHED_QUERY_LENGTH
from tests.factories import NewsPageFactory
from tests.search.helpers import found_titles
from tests.search.test_views import HOSTILE

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    """The SQL of the search at ``url``."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def news_about(site, title, **fields):
    return NewsPageFactory(
        parent=site.news_index, themes=[site.theme], title=title, intro="Over buurtteams.", **fields
    )


def test_a_repeated_search_is_not_ranked_again(client, articles, search_cache, rankings):
    first = queries_of(client, "/zoeken/?q=wijk")
    again = queries_of(client, "/zoeken/?q=wijk")
    assert rankings.call_count == 1
    assert len(again) < len(first)
    # Neither the count nor the ranking reads the search index again.
    assert not any("wagtailsearch_indexentry" in sql for sql in again)
    assert found_titles(client, "q=wijk") == found_titles(client, "q=wijk")


def test_the_same_words_in_another_case_or_spacing_share_the_entry(
    client, articles, search_cache, rankings
):
    found = found_titles(client, "q=wijk")
    assert found_titles(client, "q=WIJK") == found_titles(client, "q=%20Wijk%20%20") == found
    assert rankings.call_count == 1


def test_without_the_page_cache_every_search_is_ranked(client, articles, rankings):
    found_titles(client, "q=wijk")
    found_titles(client, "q=wijk")
    assert rankings.call_count == 2


def test_a_publish_shows_in_the_next_identical_search(client, content_site, search_cache, commit):
    news_about(content_site, "Eerste")
    assert found_titles(client, "q=buurtteams") == ["Eerste"]
    draft = news_about(content_site, "Tweede", live=False)
    assert found_titles(client, "q=buurtteams") == ["Eerste"]
    commit(lambda: draft.save_revision().publish())
    assert sorted(found_titles(client, "q=buurtteams")) == ["Eerste", "Tweede"]


def test_an_unpublish_shows_in_the_next_identical_search(
    client, content_site, search_cache, commit
):
    first = news_about(content_site, "Eerste")
    news_about(content_site, "Tweede")
    assert sorted(found_titles(client, "q=buurtteams")) == ["Eerste", "Tweede"]
    commit(first.unpublish)
    assert found_titles(client, "q=buurtteams") == ["Tweede"]


def test_kinds_themes_and_pages_each_have_their_own_entry(
    client, articles, content_site, search_cache, rankings
):
    searches = {
        "q=wijk": {"Sociale psychiatrie in de wijk", "Werken in de wijk"},
        "q=wijk&soort=blog": {"Werken in de wijk"},
        "q=wijk&soort=news": {"Sociale psychiatrie in de wijk"},
        "q=wijk&thema=sociale-verbondenheid": {"Sociale psychiatrie in de wijk"},
        f"q=wijk&thema={content_site.other_theme.slug}": {"Werken in de wijk"},
    }
    for query_string, expected in searches.items():
        assert expected <= set(found_titles(client, query_string)), query_string
    assert "Werken in de wijk" not in found_titles(client, "q=wijk&soort=news")
    assert rankings.call_count == len(searches)


def test_each_page_of_results_has_its_own_entry(client, content_site, search_cache, rankings):
    for number in range(12):
        news_about(content_site, f"Artikel {number}")
    first, second = (
        found_titles(client, "q=buurtteams"),
        found_titles(client, "q=buurtteams&page=2"),
    )
    assert len(first) == 10 and len(second) == 2 and not set(first) & set(second)
    assert found_titles(client, "q=buurtteams&page=1") == first
    assert found_titles(client, "q=buurtteams&page=2") == second
    assert rankings.call_count == 2


def test_a_page_number_past_the_end_is_answered_but_not_kept(
    client, content_site, search_cache, rankings
):
    news_about(content_site, "Eerste")
    for _ in range(2):
        assert found_titles(client, "q=buurtteams&page=99") == ["Eerste"]
    assert rankings.call_count == 2


def test_a_long_query_is_answered_but_not_kept(client, content_site, search_cache, rankings):
    news_about(content_site, "Eerste")
    longest_kept = "buurtteams " + "x" * (MAX_CACHED_QUERY_LENGTH - len("buurtteams "))
    too_long = longest_kept + "x"
    for query in (longest_kept, longest_kept, too_long, too_long):
        client.get("/zoeken/", {"q": query})
    assert rankings.call_count == 3


def test_an_entry_expires_after_its_lifetime(client, articles, search_cache, settings, rankings):
    settings.SEARCH_CACHE_SECONDS = 60
    found_titles(client, "q=wijk")
    later = time.time() + 61
    with mock.patch("sociaalwerk.page_cache.store.time.time", return_value=later):
        found_titles(client, "q=wijk")
    assert rankings.call_count == 2


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_and_huge_queries_are_handled_calmly_from_the_cache_too(
    client, articles, search_cache, query
):
    for _ in range(2):
        response = client.get("/zoeken/", {"q": query, "page": "abc", "soort": "x", "thema": "<b>"})
        assert response.status_code == 200
        assert b"<script>alert(1)</script>" not in response.content


def test_a_search_that_waited_for_its_slot_takes_what_was_ranked_meanwhile(
    client, articles, search_cache, rankings
):
    found = found_titles(client, "q=wijk")
    stored = result_cache.lookup(result_cache.key("wijk", None, None, "1"))
    assert stored is not None
    # The first look finds nothing, as if another request stored the result only while
    # this one waited for the slot; the look once it has the slot finds it.
    with mock.patch.object(result_cache, "lookup", side_effect=[None, stored]):
        assert found_titles(client, "q=wijk") == found
    assert rankings.call_count == 1


def test_a_page_made_private_leaves_the_next_identical_search(
    client, content_site, search_cache, commit
):
    private = news_about(content_site, "Eerste")
    news_about(content_site, "Tweede")
    assert sorted(found_titles(client, "q=buurtteams")) == ["Eerste", "Tweede"]
    commit(PageViewRestriction.objects.create, page=private, restriction_type="login")
    assert found_titles(client, "q=buurtteams") == ["Tweede"]
