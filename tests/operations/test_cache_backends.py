"""The resilient Redis cache: without Redis the site is served, uncached; with it, a
read costs a round trip and little more."""

import os
import warnings

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import fetch
from tests.requirements import require
from tests.servers import redis_cache, redis_is_running

REDIS_TEST_DATABASE = "redis://127.0.0.1:6379/13"


def test_without_redis_the_site_is_served_uncached(client, settings, content_site, caplog):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens there
    article = NewsPageFactory(parent=content_site.news_index, title="Zonder Redis")
    for _ in range(2):
        response, queries = fetch(client, article.url)
        assert response.status_code == 200 and queries > 0
        assert "Zonder Redis" in response.content.decode()
    assert "Cache unavailable" in caplog.text


@pytest.fixture
def on_redis(settings):
    require(redis_is_running(), "Redis on 127.0.0.1:6379")
    settings.CACHES = redis_cache(REDIS_TEST_DATABASE)


def test_reads_use_one_connection_instead_of_borrowing_one_per_command(on_redis, monkeypatch):
    cache.set("cache-backends-probe", 1)
    pool = cache._cache.get_client().connection_pool
    borrowed = []
    get_connection = pool.get_connection
    monkeypatch.setattr(pool, "get_connection", lambda: borrowed.append(1) or get_connection())
    for _ in range(3):
        assert cache.get_many(["cache-backends-probe", "absent"]) == {"cache-backends-probe": 1}
    assert borrowed == []


def test_a_forked_worker_opens_its_own_connection(on_redis, monkeypatch):
    """gunicorn forks its workers from a loaded application: they share no socket."""
    before_fork = cache._cache.get_client()
    monkeypatch.setattr(os, "getpid", lambda: -1)
    in_worker = cache._cache.get_client()
    assert in_worker is not before_fork and in_worker.connection is not before_fork.connection
    cache.set("cache-backends-probe", 2)
    assert cache.get("cache-backends-probe") == 2


def test_keys_memcached_would_refuse_are_taken_without_a_warning(on_redis):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        cache.set("a key with spaces", 3)
        assert cache.get("a key with spaces") == 3
