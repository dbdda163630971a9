"""sitemap.xml: every live, public page with its absolute address and last change, in a
fixed number of queries."""

import re
from xml.etree import ElementTree

import pytest
from wagtail.models import Page, PageViewRestriction

from blog.models import BlogPage
from contact.models import ContactPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationPage
from sociaalwerk.core.models import HomePage, ThemePage
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.helpers import add_articles, queries_for

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_every_live_public_page_with_absolute_url_and_lastmod(client, demo_site):
    draft = NewsPageFactory(parent=NewsIndexPage.objects.get(), title="Concept", live=False)
    private = StandardPageFactory(parent=demo_site, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urlset = ElementTree.fromstring(response.content)  # noqa: S314 (the site's own sitemap)
    entries = {
        url.findtext("s:loc", namespaces=SITEMAP): url.findtext("s:lastmod", namespaces=SITEMAP)
        for url in urlset.findall("s:url", SITEMAP)
    }
    public = Page.objects.live().public().exclude(depth=1)
    assert set(entries) == {page.get_full_url() for page in public}
    for model in (HomePage, ThemePage, NewsPage, BlogPage, PublicationPage, ContactPage):
        assert model.objects.live().first().get_full_url() in entries
    assert "http://localhost/" in entries
    assert all(url.startswith("http://localhost/") for url in entries)
    assert all(re.match(r"\d{4}-\d{2}-\d{2}", lastmod or "") for lastmod in entries.values())
    assert draft.get_full_url() not in entries and private.get_full_url() not in entries


def test_sitemap_runs_as_many_queries_with_3_or_50_articles(client, content_site):
    add_articles(content_site, 3)
    client.get("/sitemap.xml")
    with_three = queries_for(client, "/sitemap.xml")
    add_articles(content_site, 47)
    assert queries_for(client, "/sitemap.xml") == with_three
