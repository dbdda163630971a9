"""Helpers of the page cache's tests: fetch a page with its query count, warm the cache."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

LISTINGS = [
    "/",
    "/thema/sociale-verbondenheid/",
    "/thema/sociale-verbondenheid/nieuws/",
    "/nieuws/",
    "/feeds/artikelen/",
    "/feeds/thema/sociale-verbondenheid/",
    "/sitemap.xml",
]


def publish(page):
    page.save_revision().publish()


def fetch(client, url, **headers):
    """The response and the number of SQL queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def text(response):
    return b"".join(response) if response.streaming else response.content


def assert_served_from_cache(client, url, **headers):
    response, queries = fetch(client, url, **headers)
    assert response.status_code == 200 and queries == 0, url
    return response


def warm(client, urls):
    for url in urls:
        response, queries = fetch(client, url)
        assert response.status_code == 200 and queries > 0, url
        assert_served_from_cache(client, url)
