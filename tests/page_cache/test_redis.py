"""The page cache on Redis, as in production."""

import pytest
from django.core.cache import cache

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch
from tests.requirements import require
from tests.servers import redis_cache, redis_is_running

REDIS_TEST_DATABASE = "redis://127.0.0.1:6379/15"


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
