"""The search backend on PostgreSQL: Dutch stemming, and the ranking window that keeps a
common word's search as fast with a large archive as with a small one."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import IntegerField
from django.test.utils import CaptureQueriesContext
from modelsearch.index import get_indexed_models

from sociaalwerk.core.models import ArticlePage
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


@pytest.mark.postgres
def test_a_window_within_a_few_pages_reads_their_entries_by_page(content_site):
    """Such as the members-only articles a visitor's search matches by title: without
    the index of migration core 0013, PostgreSQL read every entry of the site (16 ms
    instead of 3 with 10,000 articles, in ``make bench``)."""
    few = [news_about(content_site, f"Artikel {n}") for n in range(3)]
    with connection.cursor() as cursor:
        # The entries of a large archive, matching the word as everywhere in it.
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry"
            " (content_type_id, object_id, title, body, autocomplete, title_norm,"
            " title_text, body_text)"
            " SELECT %s, (1000000 + n)::text, to_tsvector('dutch', 'buurtteams'),"
            " to_tsvector('dutch', 'wijk buurtteams'), '', 1, 'buurtteams', ''"
            " FROM generate_series(1, 5000) AS n",
            [few[0].content_type_id],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    pages = ArticlePage.objects.filter(pk__in=[page.pk for page in few])
    with CaptureQueriesContext(connection) as queries:
        found = list(pages.search("buurtteams", fields=["title"]))
    assert found == []  # "Artikel n": the word is in their text, not their title
    window = next(q["sql"] for q in queries.captured_queries if " UNION " in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + window)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "core_search_entry_page" in plan, plan
    assert "Seq Scan on wagtailsearch_indexentry" not in plan, plan


def test_every_indexed_model_has_an_integer_primary_key():
    # The window and its index (migration core 0013) read object_id as an integer.
    for model in get_indexed_models():
        key = model._meta.pk
        while key.is_relation:
            key = key.target_field
        assert isinstance(key, IntegerField), model
