"""The overviews: index pages and theme archives list, filter and page their articles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.core.helpers import translated
from tests.factories import BlogPageFactory, NewsPageFactory
from tests.helpers import add_articles

pytestmark = pytest.mark.django_db

CLEAR = translated("Clear filters")


def test_index_pages_list_their_own_type_newest_first_in_pages_of_twelve(client, content_site):
    pages = [
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
        for _ in range(13)
    ]
    BlogPageFactory(
        parent=content_site.blog_index, themes=[content_site.theme], title="Geen nieuws"
    )
    first = client.get("/nieuws/").content.decode()
    assert first.count('class="card"') == 12
    assert first.index(pages[-1].title + "<") < first.index(pages[-2].title + "<")
    assert "Geen nieuws" not in first
    assert "Pagina 1 van 2" in first and 'href="?page=2"' in first
    second = client.get("/nieuws/?page=2").content.decode()
    assert second.count('class="card"') == 1 and f">{pages[0].title}<" in second
    # The first page by its one address, not as ?page=1.
    assert 'href="/nieuws/" rel="prev"' in second


def test_index_filters_by_theme_and_year_and_keeps_filters_when_paging(client, content_site):
    for _ in range(13):
        NewsPageFactory(
            parent=content_site.news_index, themes=[content_site.theme], date="2021-05-01"
        )
    NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], date="2019-05-01", title="Oud"
    )
    NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.other_theme], title="Ander thema"
    )
    html = client.get("/nieuws/?thema=sociale-verbondenheid&jaar=2021").content.decode()
    assert "Oud" not in html and "Ander thema" not in html
    assert 'href="?thema=sociale-verbondenheid&amp;jaar=2021&amp;page=2"' in html
    assert '<option value="2019">2019 (1)</option>' in html


@pytest.mark.parametrize(
    ("query", "listed", "counted"),
    [
        ("", 18, False),
        ("?thema=sociale-verbondenheid", 15, False),
        ("?jaar=2021", 16, False),
        ("?thema=onbekend&jaar=abc", 18, False),
        # The choices count each filter alone, not the two together.
        ("?thema=sociale-verbondenheid&jaar=2021", 13, True),
    ],
)
def test_an_overview_takes_its_count_from_the_filter_choices_where_they_tell_it(
    client, content_site, query, listed, counted
):
    for theme, date, amount in [
        (content_site.theme, "2021-05-01", 13),
        (content_site.theme, "2019-05-01", 2),
        (content_site.other_theme, "2021-06-01", 3),
    ]:
        for _ in range(amount):
            NewsPageFactory(parent=content_site.news_index, themes=[theme], date=date)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/nieuws/" + query)
    assert response.context["articles"].paginator.count == listed
    assert "Pagina 1 van 2" in response.content.decode()
    count_queries = [q for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(count_queries) == counted


def test_filters_offer_only_the_years_and_themes_of_the_overview_with_counts(client, content_site):
    for date in ["2023-03-01", "2023-09-01", "2019-05-01"]:
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], date=date)
    # Another overview's articles neither add a year nor a theme here.
    BlogPageFactory(
        parent=content_site.blog_index, themes=[content_site.other_theme], date="2021-01-01"
    )
    html = client.get("/nieuws/").content.decode()
    assert '<option value="2023">2023 (2)</option>' in html
    assert '<option value="2019">2019 (1)</option>' in html
    for empty_year in range(2020, 2023):
        assert f'value="{empty_year}"' not in html
    assert '<option value="sociale-verbondenheid">Sociale verbondenheid (3)</option>' in html
    assert content_site.other_theme.title not in html


def test_an_active_filter_can_be_cleared_and_an_empty_result_says_so(client, content_site):
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], date="2023-03-01")
    NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.other_theme], date="2019-03-01"
    )
    unfiltered = client.get("/nieuws/").content.decode()
    assert CLEAR not in unfiltered
    filtered = client.get("/nieuws/?jaar=2023").content.decode()
    assert f'<a class="filters__clear" href="/nieuws/">{CLEAR}</a>' in filtered
    nothing = client.get("/nieuws/?jaar=2023&thema=sterke-sociale-basis").content.decode()
    assert translated("No articles match these filters.") in nothing
    assert nothing.count(f'href="/nieuws/">{CLEAR}</a>') == 2
    # Unknown values are no filter: nothing to clear.
    assert CLEAR not in client.get("/nieuws/?jaar=1800").content.decode()


BAD_QUERIES = [
    "page=abc",
    "page=0",
    "page=-1",
    "page=99999999999999999999999",
    "page=1.5",
    "page=%00",
    "thema=bestaat-niet",
    "thema=' OR 1=1 --",
    "thema=<script>alert(1)</script>",
    "jaar=abc",
    "jaar=99999999999999999999",
    "jaar=2021&jaar=abc",
    "jaar=-1",
    "thema=%F0%9F%98%80&jaar=%E2%80%AE",
    "page=" + "9" * 5000,
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize(
    "path", ["/nieuws/", "/blogs/", "/publicaties/", "/thema/sociale-verbondenheid/nieuws/"]
)
def test_bad_page_and_filter_values_never_give_an_error(client, content_site, path, query):
    add_articles(content_site, 3)
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_unknown_filter_values_are_ignored_with_a_message(client, content_site):
    page = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    html = client.get("/nieuws/?thema=bestaat-niet&jaar=abc").content.decode()
    assert page.title in html
    assert html.count("Dit filter is onbekend en is genegeerd.") == 2


def test_theme_archive_is_paginated_and_only_holds_the_theme(client, content_site):
    pages = [
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
        for _ in range(21)
    ]
    other = NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    first = client.get("/thema/sociale-verbondenheid/nieuws/").content.decode()
    assert "<h1>Artikelen over Sociale verbondenheid</h1>" in first
    assert first.count('class="card"') == 20 and other.title not in first
    last = client.get("/thema/sociale-verbondenheid/nieuws/?page=2").content.decode()
    assert last.count('class="card"') == 1 and f">{pages[0].title}<" in last


def test_drafts_and_private_articles_stay_out_of_listings(client, content_site):
    draft = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], live=False)
    html = (
        client.get("/nieuws/").content.decode()
        + client.get("/thema/sociale-verbondenheid/").content.decode()
    )
    assert draft.title not in html
