"""Fixtures of the page cache's tests: the cache switched on, an article."""

import pytest
from django.core.cache import cache

from tests.factories import NewsPageFactory


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def article(content_site):
    return NewsPageFactory(
        parent=content_site.news_index, title="Eerste bericht", themes=[content_site.theme]
    )
