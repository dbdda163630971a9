"""The search page: every page type, filters, promotions, pagination, bad queries."""

import re

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.core.helpers import translated
from tests.factories import NewsPageFactory
from tests.helpers import add_articles, queries_for
from tests.search.helpers import found_titles

pytestmark = pytest.mark.django_db


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


def test_search_says_how_many_it_found_in_singular_and_plural(client, articles):
    assert re.search(
        r"\b[02-9]\d* resultaten voor “wijk”", client.get("/zoeken/?q=wijk").content.decode()
    )
    assert "1 resultaat voor “wijk”" in client.get("/zoeken/?q=wijk&soort=blog").content.decode()


def test_a_filtered_search_can_be_cleared_keeping_the_words(client, articles):
    clear = translated("Clear filters")
    assert clear not in client.get("/zoeken/?q=wijk").content.decode()
    filtered = client.get("/zoeken/?q=wijk&soort=blog").content.decode()
    assert f'<a class="filters__clear" href="/zoeken/?q=wijk">{clear}</a>' in filtered
    nothing = client.get("/zoeken/?q=wijk&soort=blog&thema=sociale-verbondenheid")
    html = nothing.content.decode()
    assert translated("Nothing found with these filters.") in html
    assert html.count(f'href="/zoeken/?q=wijk">{clear}</a>') == 2


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


def test_the_query_is_a_search_field_with_one_type(client, content_site):
    html = client.get("/zoeken/?q=wijk").content.decode()
    field = html[html.index('<input type="search" name="q"') :]
    field = field[: field.index(">")]
    assert field.count("type=") == 1 and 'autocomplete="off"' in field


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
