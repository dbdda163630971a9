"""View restrictions are read from the database in every request, once: a restricted
page and the pages below it are refused to anonymous visitors, never stored in the
page cache, and left out of every listing."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def restrict(page, kind=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="geheim")


@pytest.fixture
def articles(content_site):
    public = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    private = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    return public, private


def test_a_restricted_page_and_the_pages_below_it_are_refused(client, content_site, articles):
    public, private = articles
    login_only = restrict(private)
    assert client.get(public.url).status_code == 200
    assert client.get(private.url).status_code == 302  # to the login
    login_only.delete()
    restrict(content_site.news_index, PageViewRestriction.PASSWORD)
    for page in (content_site.news_index, public, private):
        response = client.get(page.url)
        assert response.status_code == 200 and 'name="password"' in response.content.decode()
        assert public.title not in response.content.decode()


def test_an_alias_of_a_restricted_page_is_refused(client, content_site, articles):
    _public, private = articles
    restrict(private)
    alias = private.create_alias(parent=content_site.home, update_slug="kopie")
    assert client.get(alias.url).status_code == 302


def test_restricted_pages_are_never_stored_in_the_page_cache(
    client, settings, content_site, articles
):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    _public, private = articles
    restrict(content_site.news_index, PageViewRestriction.PASSWORD)
    for _ in range(2):
        response = client.get(private.url)
        assert 'name="password"' in response.content.decode()
        assert "no-cache" in response["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        client.get(private.url)
    assert queries, "answered from the page cache"


def test_listings_leave_out_restricted_pages_and_those_below_them(client, content_site, articles):
    public, private = articles
    restrict(private)
    for url in [
        "/",
        "/nieuws/",
        "/thema/sociale-verbondenheid/",
        "/feeds/artikelen/",
        f"/zoeken/?q={public.title.split()[0]}",
    ]:
        html = client.get(url).content.decode()
        assert public.title in html and private.title not in html, url
    restrict(content_site.news_index)
    html = client.get("/thema/sociale-verbondenheid/").content.decode()
    assert public.title not in html


@pytest.mark.parametrize(
    "url", ["/", "/nieuws/", "/thema/sociale-verbondenheid/", "/agenda/", "article"]
)
def test_a_page_reads_the_restrictions_once(client, content_site, articles, url):
    public, private = articles
    restrict(private)
    url = public.url if url == "article" else url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    restriction_queries = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().startswith('SELECT "wagtailcore_pageviewrestriction"')
        or 'FROM "wagtailcore_pageviewrestriction"' in query["sql"].split(" WHERE ")[0]
    ]
    assert len(restriction_queries) == 1, restriction_queries
