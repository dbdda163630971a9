"""The site search: every page type, filters, promotions, Dutch stemming, bad queries."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.core.test_listings import add_articles, queries_for
from tests.factories import BlogPageFactory, NewsPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(content_site):
    site = content_site
    return {
        "news": NewsPageFactory(
            parent=site.news_index,
            themes=[site.theme],
            title="Sociale psychiatrie in de wijk",
            intro="Bewoners met psychiatrische problemen in de wijken.",
            date="2020-04-28",
        ),
        "blog": BlogPageFactory(
            parent=site.blog_index,
            themes=[site.other_theme],
            title="Werken in de wijk",
            intro="Een blog over buurtwerk.",
        ),
        "publication": PublicationPageFactory(
            parent=site.publication_index,
            themes=[site.theme],
            title="Rapport over concurrentie",
            intro="Sociale ondernemingen en de wijk.",
        ),
    }


def found_titles(client, query_string):
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    return [r.title for r in (response.context["results"] or [])]


def test_search_finds_every_type_with_label_date_and_excerpt(client, articles):
    response = client.get("/zoeken/?q=wijk")
    html = response.content.decode()
    assert {"Sociale psychiatrie in de wijk", "Werken in de wijk"} <= set(
        found_titles(client, "q=wijk")
    )
    assert (
        '<span class="card__type">Nieuws</span> | <time datetime="2020-04-28">28 april 2020</time>'
        in html
    )
    assert "Bewoners met psychiatrische problemen in de wijken." in html
    assert "resultaten voor “wijk”" in html


def test_search_filters_by_type_and_by_theme(client, articles):
    assert found_titles(client, "q=wijk&soort=blog") == ["Werken in de wijk"]
    themed = found_titles(client, "q=wijk&thema=sociale-verbondenheid")
    assert "Werken in de wijk" not in themed and "Sociale psychiatrie in de wijk" in themed


def test_search_finds_theme_and_standard_pages_too(client, articles, content_site):
    assert "Sociale verbondenheid" in found_titles(client, "q=verbondenheid")


def test_search_paginates_ten_at_a_time(client, content_site):
    for _ in range(12):
        NewsPageFactory(
            parent=content_site.news_index, themes=[content_site.theme], intro="Over buurtteams."
        )
    assert len(found_titles(client, "q=buurtteams")) == 10
    assert len(found_titles(client, "q=buurtteams&page=2")) == 2


def test_drafts_are_never_found(client, content_site):
    NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Geheim concept",
        live=False,
    )
    assert found_titles(client, "q=concept") == []


def test_editors_promoted_results_come_first(client, articles):
    query = Query.objects.create(query_string="lidmaatschap")
    SearchPromotion.objects.create(
        query=query, page=articles["publication"], description="Lees dit eerst."
    )
    html = client.get("/zoeken/?q=Lidmaatschap").content.decode()
    assert "Aanbevolen" in html and "Lees dit eerst." in html
    assert Query.objects.count() == 1  # searching writes nothing


def test_empty_search_shows_only_the_form(client, content_site):
    response = client.get("/zoeken/")
    assert response.status_code == 200 and response.context["results"] is None
    assert 'role="search"' in response.content.decode()


HOSTILE = [
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "&|!():*<->",
    '"unterminated',
    "wijk" * 3000,
    "\x00",
    "🤝 één café",
    "q=wijk&page=abc",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_and_huge_queries_are_handled_calmly(client, articles, query):
    response = client.get("/zoeken/", {"q": query, "page": "abc", "soort": "x", "thema": "<b>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_gives_a_results_page(client, articles, query):
    assert client.get("/zoeken/", {"q": query}).status_code == 200


def test_search_page_uses_a_fixed_number_of_queries(client, content_site):
    add_articles(content_site, 3)
    url = "/zoeken/?q=artikel"
    client.get(url)
    few = queries_for(client, url)
    add_articles(content_site, 47)
    assert queries_for(client, url) == few


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
