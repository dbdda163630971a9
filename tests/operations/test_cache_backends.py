"""The resilient Redis cache: without Redis the site is served, uncached."""

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import fetch
from tests.servers import redis_cache


def test_without_redis_the_site_is_served_uncached(client, settings, content_site, caplog):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")  # nothing listens there
    article = NewsPageFactory(parent=content_site.news_index, title="Zonder Redis")
    for _ in range(2):
        response, queries = fetch(client, article.url)
        assert response.status_code == 200 and queries > 0
        assert "Zonder Redis" in response.content.decode()
    assert "Cache unavailable" in caplog.text
