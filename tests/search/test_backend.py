"""The search backend on PostgreSQL: Dutch stemming, and the ranking window that keeps a
common word's search as fast with a large archive as with a small one."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsPageFactory
from tests.search.helpers import found_titles

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
def test_dutch_stemming_finds_plural_forms(client, articles):
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "dutch"
    assert "Sociale psychiatrie in de wijk" in found_titles(client, "q=wijken")
    assert "Rapport over concurrentie" in found_titles(client, "q=ondernemingen")


@pytest.fixture
def small_window(settings):
    """A ranking window of three pages, so that a handful of articles overflows it."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "RANKING_WINDOW": 3}
    }


def news_about(site, title, theme=None):
    return NewsPageFactory(
        parent=site.news_index, themes=[theme or site.theme], title=title, intro="Over buurtteams."
    )


@pytest.mark.postgres
def test_a_common_word_ranks_the_newest_matches_and_the_pages_named_after_it(
    client, content_site, small_window
):
    named = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], title="Buurtteams"
    )
    numbered = [news_about(content_site, f"Artikel {n}") for n in range(5)]
    response = client.get("/zoeken/?q=buurtteams")
    found = {page.title for page in response.context["results"]}
    assert found == {named.title, *(page.title for page in numbered[-3:])}
    html = response.content.decode()
    assert "Veel resultaten voor “buurtteams”" in html
    assert "Voeg een woord toe om oudere pagina's te vinden." in html


@pytest.mark.postgres
def test_the_ranking_reads_only_the_window(client, content_site, small_window):
    for n in range(8):
        news_about(content_site, f"Artikel {n}")
    with CaptureQueriesContext(connection) as queries:
        client.get("/zoeken/?q=buurtteams")
    ranking = next(q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"])
    window = re.search(r'"wagtailsearch_indexentry"\."id" IN \(([^)]*)\)', ranking)
    assert window, ranking
    assert len(window[1].split(",")) == 3


@pytest.mark.postgres
def test_the_window_is_taken_within_the_filters(client, content_site, small_window):
    """Older articles of a theme are found even when newer ones of another fill the window."""
    older = news_about(content_site, "Ouder artikel", theme=content_site.other_theme)
    for n in range(5):
        news_about(content_site, f"Artikel {n}")
    slug = content_site.other_theme.slug
    assert found_titles(client, f"q=buurtteams&thema={slug}") == [older.title]


@pytest.mark.postgres
def test_a_rare_word_is_counted_exactly(client, content_site, small_window):
    news_about(content_site, "Artikel")
    html = client.get("/zoeken/?q=buurtteams").content.decode()
    assert "1 resultaat voor “buurtteams”" in html and "Veel resultaten" not in html
