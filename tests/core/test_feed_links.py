"""The links to the feeds in each page's <head>, written by the feed_links tag."""

import html
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from sociaalwerk.core.models import SiteSettings
from tests.core.helpers import rss, translated
from tests.factories import BlogPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(
    r'<link rel="alternate" type="application/rss\+xml" title="([^"]*)" href="([^"]*)">'
)


def feed_links_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return {href: html.unescape(title) for title, href in LINK.findall(response.content.decode())}


def all_articles_link():
    title = translated("Articles – {site_name}", site_name="Sociaal Werk Nederland")
    return {"/feeds/artikelen/": title}


def theme_link():
    title = translated(
        "Theme {theme} – {site_name}",
        theme="Sociale verbondenheid",
        site_name="Sociaal Werk Nederland",
    )
    return {"/feeds/thema/sociale-verbondenheid/": title}


def news_link():
    title = translated("News – {site_name}", site_name="Sociaal Werk Nederland")
    return {"/feeds/nieuws/": title}


def test_every_page_announces_the_feed_of_all_articles(client, content_site):
    assert feed_links_of(client, "/") == all_articles_link()
    assert feed_links_of(client, "/thema/") == all_articles_link()
    assert feed_links_of(client, "/bestaat-niet/", status=404) == all_articles_link()


def test_theme_page_and_its_archive_announce_the_theme_feed(client, content_site):
    expected = all_articles_link() | theme_link()
    assert feed_links_of(client, "/thema/sociale-verbondenheid/") == expected
    assert feed_links_of(client, "/thema/sociale-verbondenheid/nieuws/") == expected


def test_index_pages_announce_the_feed_of_their_type(client, content_site):
    assert feed_links_of(client, "/nieuws/") == all_articles_link() | news_link()
    assert set(feed_links_of(client, "/blogs/")) == {"/feeds/artikelen/", "/feeds/blogs/"}
    assert set(feed_links_of(client, "/publicaties/")) == {
        "/feeds/artikelen/",
        "/feeds/publicaties/",
    }


def test_article_page_announces_the_feeds_of_its_main_theme_and_its_type(client, content_site):
    news = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme, content_site.other_theme]
    )
    blog = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.other_theme])
    assert feed_links_of(client, news.url) == all_articles_link() | theme_link() | news_link()
    assert set(feed_links_of(client, blog.url)) == {
        "/feeds/artikelen/",
        "/feeds/thema/sterke-sociale-basis/",
        "/feeds/blogs/",
    }


def test_every_announced_feed_exists(client, content_site):
    page = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    for href in feed_links_of(client, page.url):
        rss(client, href)


def render_feed_links(**context):
    return Template("{% load feed_tags %}{% feed_links %}").render(Context(context))


def test_feed_links_adds_no_query_to_an_article_page(content_site, django_assert_num_queries):
    page = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    page = type(page).objects.get(pk=page.pk)
    request = RequestFactory().get(page.url)
    # What rendering the page did before the tag: the title's site settings and the
    # article's get_context.
    SiteSettings.for_request(request)
    page.get_context(request)
    with django_assert_num_queries(0):
        html_ = render_feed_links(page=page, request=request)
    assert html_.count("<link ") == 3


@pytest.mark.parametrize("page", [None, "", "a string", 3])
def test_feed_links_without_a_page_announces_only_all_articles(content_site, page):
    request = RequestFactory().get("/")
    assert set(LINK.findall(render_feed_links(page=page, request=request))) == {
        (html.escape(all_articles_link()["/feeds/artikelen/"]), "/feeds/artikelen/")
    }


def test_feed_links_without_a_request_uses_the_configured_site_name(content_site):
    assert "Sociaal Werk Nederland" in render_feed_links()
