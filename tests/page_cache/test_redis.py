"""The page cache on Redis, as in production, and without it when Redis is down."""

import socket

import pytest
from django.core.cache import cache

from tests.factories import NewsPageFactory
from tests.page_cache.test_signal_handlers import assert_served_from_cache, fetch
from tests.requirements import require

REDIS_TEST_DATABASE = "redis://127.0.0.1:6379/15"


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "sociaalwerk.operations.cache_backends.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def redis_is_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def on_redis(settings):
    require(redis_is_running(), "Redis on 127.0.0.1:6379")
    settings.PAGE_CACHE_SECONDS = 3600
    settings.CACHES = redis_cache(REDIS_TEST_DATABASE)
    cache.clear()
    yield
    cache.clear()


def test_pages_are_cached_in_redis_and_refreshed_on_publish(
    client, on_redis, content_site, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=content_site.news_index, title="Op Redis")
    fetch(client, article.url)
    assert_served_from_cache(client, article.url)
    article.title = "Op Redis, bijgewerkt"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response, queries = fetch(client, article.url)
    assert queries > 0 and "Op Redis, bijgewerkt" in response.content.decode()


def test_without_redis_the_site_is_served_uncached(client, settings, content_site, caplog):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens there
    article = NewsPageFactory(parent=content_site.news_index, title="Zonder Redis")
    for _ in range(2):
        response, queries = fetch(client, article.url)
        assert response.status_code == 200 and queries > 0
        assert "Zonder Redis" in response.content.decode()
    assert "Cache unavailable" in caplog.text
