"""Fixtures of the search's tests: a news item, a blog and a publication to find; the
cache of results switched on, the rankings counted."""

from unittest import mock

import pytest
from django.core.cache import cache

from sociaalwerk.search import views
from tests.factories import BlogPageFactory, NewsPageFactory, PublicationPageFactory


@pytest.fixture
def articles(content_site):
    site = content_site
    return {
        "news": NewsPageFactory(
            parent=site.news_index,
            themes=[site.theme],
            title="Sociale psychiatrie in de wijk",
            intro="Bewoners met psychiatrische problemen in de wijken.",
            date="2020-04-28",
        ),
        "blog": BlogPageFactory(
            parent=site.blog_index,
            themes=[site.other_theme],
            title="Werken in de wijk",
            intro="Een blog over buurtwerk.",
        ),
        "publication": PublicationPageFactory(
            parent=site.publication_index,
            themes=[site.theme],
            title="Rapport over concurrentie",
            intro="Sociale ondernemingen en de wijk.",
        ),
    }


@pytest.fixture
def search_cache(settings):
    """The page cache switched on, and with it the cache of search results."""
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def rankings():
    """The ranking of the search, counted: ``rankings.call_count``."""
    with mock.patch.object(views, "search_results", wraps=views.search_results) as counted:
        yield counted
