"""The overviews' filter counts are kept across requests and counted afresh exactly
when they change: as the page cache decides for its articles, themes and site tags."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sociaalwerk.core import filter_counts
from tests.factories import EventPageFactory, NewsPageFactory
from tests.helpers import warm_up

pytestmark = pytest.mark.django_db

NEWS = "/nieuws/"


def counting_queries(client, url):
    """The queries of ``url`` that count the overview's articles by year or theme."""
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [
        query["sql"]
        for query in queries.captured_queries
        if 'AS "year"' in query["sql"] or query["sql"].startswith('SELECT "core_articletheme"')
    ]


def draft(content_site, **fields):
    return NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], live=False, **fields
    )


def test_the_counts_are_read_once_for_all_requests(client, content_site):
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    assert len(counting_queries(client, NEWS)) == 2
    assert counting_queries(client, NEWS) == []
    assert counting_queries(client, NEWS + "?jaar=2020&thema=sociale-verbondenheid") == []


def test_an_article_published_or_unpublished_counts_at_once(client, content_site):
    warm_up(client, NEWS)
    article = draft(content_site, date="2015-04-01")
    assert "2015 (1)" not in client.get(NEWS).content.decode()
    article.save_revision().publish()
    html = client.get(NEWS).content.decode()
    assert '<option value="2015">2015 (1)</option>' in html
    assert "Sociale verbondenheid (1)" in html
    article.refresh_from_db()
    article.unpublish()
    html = client.get(NEWS).content.decode()
    assert "2015" not in html
    assert "Sociale verbondenheid (" not in html


def test_an_article_made_members_only_leaves_the_visitors_counts_at_once(client, content_site):
    article = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], date="2015-04-01"
    )
    assert "2015 (1)" in client.get(NEWS).content.decode()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert "2015" not in client.get(NEWS).content.decode()


def test_a_theme_unpublished_leaves_the_filter_at_once(client, content_site):
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    assert "Sociale verbondenheid (1)" in client.get(NEWS).content.decode()
    content_site.theme.unpublish()
    assert "Sociale verbondenheid" not in client.get(NEWS).content.decode()


def test_an_event_published_leaves_the_counts_as_they_are(client, content_site):
    warm_up(client, NEWS)
    before = filter_counts.GENERATION.current()
    EventPageFactory(parent=content_site.agenda, live=False).save_revision().publish()
    assert filter_counts.GENERATION.current() == before
