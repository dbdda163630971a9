"""Fixtures of the page cache's tests: the cache switched on, a commit's callbacks run,
an article."""

import pytest
from django.core.cache import cache

from tests.factories import NewsPageFactory


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run ``action`` and then what it scheduled for after the commit, as a request would."""

    def commit(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return commit


@pytest.fixture
def article(content_site):
    return NewsPageFactory(
        parent=content_site.news_index, title="Eerste bericht", themes=[content_site.theme]
    )
