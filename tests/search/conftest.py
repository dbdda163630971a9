"""Fixtures of the search's tests: a news item, a blog and a publication to find."""

import pytest

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
