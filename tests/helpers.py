"""Helpers shared by the tests of several apps: articles in bulk, the query count of a
page, the demo's news item and a mail server that is down."""

from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
)

# The pages of the content site whose query count the tests compare, by name.
PAGES = {
    "home": "/",
    "theme index": "/thema/",
    "theme": "/thema/sociale-verbondenheid/",
    "theme archive": "/thema/sociale-verbondenheid/nieuws/",
    "theme archive, last page": "/thema/sociale-verbondenheid/nieuws/?page=999",
    "news index": "/nieuws/",
    "news index, filtered": "/nieuws/?thema=sociale-verbondenheid&jaar=2020",
    "blog index": "/blogs/",
    "publication index": "/publicaties/",
}


def add_articles(site, count):
    """``count`` articles, the three types in turn, each with its theme, authors, documents."""
    author = AuthorFactory()
    pages = []
    for number in range(count):
        kind = number % 3
        themes = [site.theme, site.other_theme] if number % 2 else [site.theme]
        if kind == 0:
            pages.append(NewsPageFactory(parent=site.news_index, themes=themes))
        elif kind == 1:
            pages.append(BlogPageFactory(parent=site.blog_index, themes=themes, authors=[author]))
        else:
            pages.append(
                PublicationPageFactory(
                    parent=site.publication_index,
                    themes=themes,
                    authors=[author],
                    documents=[DocumentFactory()],
                )
            )
    return pages


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def article_in_news(demo_site):
    return NewsPage.objects.get(slug="sociale-psychiatrie-in-de-wijk")


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")
