"""Query parameters and the cache: a page is stored under the values it used, so junk
values of ``page``, ``jaar`` and ``thema`` are answered but can never fill the cache."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from sociaalwerk.page_cache.middleware import _cache_key
from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch, publish

ARCHIVE = "/thema/sociale-verbondenheid/nieuws/"

# 100 addresses whose parameters a page cannot use as given: page numbers past the end
# or not numbers, unknown years and themes, a page number on pages without pages.
JUNK = [
    *(f"/nieuws/?page={number}" for number in range(3, 23)),
    *(f"{ARCHIVE}?page={number}" for number in range(3, 13)),
    *(f"/nieuws/?page=0{number}" for number in range(1, 11)),
    *(f"/nieuws/?jaar={year}" for year in range(1900, 1915)),
    *(f"/nieuws/?thema=onbekend-{number}&page=2" for number in range(15)),
    *(f"/?page={number}" for number in range(2, 12)),
    *(f"/feeds/artikelen/?page={number}" for number in range(2, 12)),
    *(f"/nieuws/?jaar=2021&jaar=abc{number}" for number in range(10)),
]

VALID = [
    "/nieuws/?page=2",
    "/nieuws/?jaar=2021",
    "/nieuws/?thema=sociale-verbondenheid",
    "/nieuws/?thema=sociale-verbondenheid&jaar=2021&page=2",
    f"{ARCHIVE}?page=2",
]


@pytest.fixture
def two_pages_of_articles(content_site):
    """24 articles of 2021, "Bericht 23" the newest: two pages on the news index (12 a
    page) and on the theme's archive (20 a page)."""
    return [
        NewsPageFactory(
            parent=content_site.news_index,
            themes=[content_site.theme],
            title=f"Bericht {number}",
            date=f"2021-01-{number + 1:02d}",
        )
        for number in range(24)
    ]


def is_stored(url):
    return cache.get(_cache_key(RequestFactory().get(url))) is not None


def test_a_hundred_junk_values_store_nothing(client, cached, two_pages_of_articles):
    assert len(JUNK) == len(set(JUNK)) == 100
    for url in JUNK:
        response = client.get(url)
        assert response.status_code == 200, url
        assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}, url
        assert not is_stored(url), url


def test_the_values_a_page_uses_are_still_cached(client, cached, two_pages_of_articles):
    for url in VALID:
        response, queries = fetch(client, url)
        assert response.status_code == 200 and queries > 0, url
        assert is_stored(url), url
        assert_served_from_cache(client, url)


def test_an_empty_filter_shares_the_page_without_it(client, cached, two_pages_of_articles):
    fetch(client, "/nieuws/?jaar=2021")
    assert_served_from_cache(client, "/nieuws/?thema=&jaar=2021")


def test_a_page_is_not_served_stale_after_junk_or_a_publish(
    client, cached, commit, content_site, two_pages_of_articles
):
    # The junk page falls back on the last page and says the filter is unknown: its
    # rendering must never be what the real addresses get.
    junk = client.get("/nieuws/?jaar=1900&page=99").content.decode()
    assert "Dit filter is onbekend en is genegeerd." in junk
    second = client.get("/nieuws/?page=2").content.decode()
    assert "Dit filter is onbekend" not in second
    assert ">Bericht 0<" in second and ">Bericht 12<" not in second
    assert_served_from_cache(client, "/nieuws/?page=2")

    newest = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Nieuwste bericht",
        date="2021-12-31",
        live=False,
    )
    commit(publish, newest)
    second, queries = fetch(client, "/nieuws/?page=2")
    assert queries > 0, "page 2 was served from the cache after a publish"
    assert ">Bericht 12<" in second.content.decode()
    assert ">Bericht 0<" not in second.content.decode()
    assert ">Bericht 0<" in client.get("/nieuws/?page=3").content.decode()
