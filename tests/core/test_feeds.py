"""The RSS and Atom feeds of the articles: all of them, by type and by theme."""

import datetime
import html
import zoneinfo

import pytest
from wagtail.models import Site

from sociaalwerk.core.feeds import FEED_SIZE
from sociaalwerk.core.models import SiteSettings
from tests.core.helpers import parse, rss, translated
from tests.factories import (
    BlogPageFactory,
    NewsPageFactory,
    PublicationPageFactory,
    ThemePageFactory,
)
from tests.helpers import queries_for, warm_up

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_URLS = [
    "/feeds/artikelen/",
    "/feeds/artikelen/atom/",
    "/feeds/nieuws/",
    "/feeds/blogs/",
    "/feeds/publicaties/",
    "/feeds/thema/sociale-verbondenheid/",
]


def add_articles(site, count):
    """``count`` articles, the three types in turn, all of the site's main theme."""
    factories = [
        (NewsPageFactory, site.news_index),
        (BlogPageFactory, site.blog_index),
        (PublicationPageFactory, site.publication_index),
    ]
    pages = []
    for number in range(count):
        factory, parent = factories[number % 3]
        themes = [site.theme, site.other_theme] if number % 2 else [site.theme]
        pages.append(factory(parent=parent, themes=themes))
    return pages


def item_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def test_all_articles_feed_shows_the_newest_twenty_of_every_type(client, content_site):
    pages = add_articles(content_site, FEED_SIZE + 5)
    channel = rss(client, "/feeds/artikelen/")
    newest = sorted(pages, key=lambda p: p.date, reverse=True)[:FEED_SIZE]
    assert item_titles(channel) == [f"{p.type_label}: {p.title}" for p in newest]
    assert channel.findtext("title") == translated(
        "Articles – {site_name}", site_name="Sociaal Werk Nederland"
    )
    assert channel.findtext("link") == "http://localhost/"
    assert channel.findtext("language") == "nl"


def test_an_item_has_label_and_title_full_url_excerpt_date_and_a_permanent_id(client, content_site):
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Sociale psychiatrie in de wijk",
        date=datetime.date(2020, 4, 28),
        intro="Wijkteams en GGZ werken samen. " * 10,
    )
    item = rss(client, "/feeds/artikelen/").find("item")
    assert item.findtext("title") == "Nieuws: Sociale psychiatrie in de wijk"
    assert item.findtext("link") == "http://localhost/nieuws/sociale-psychiatrie-in-de-wijk/"
    assert item.findtext("description") == page.excerpt
    assert item.findtext("description").endswith("…")
    # 09:00 in Amsterdam, summer time.
    assert item.findtext("pubDate") == "Tue, 28 Apr 2020 09:00:00 +0200"
    guid = item.find("guid")
    assert guid.text == f"tag:localhost,2025:page/{page.pk}"
    assert guid.get("isPermaLink") == "false"


def test_atom_feed_has_the_same_entries_with_ids_and_dates(client, content_site):
    pages = add_articles(content_site, 3)
    response = client.get("/feeds/artikelen/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        f"{p.type_label}: {p.title}" for p in reversed(pages)
    ]
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        f"tag:localhost,2025:page/{p.pk}" for p in reversed(pages)
    ]
    nine_in_amsterdam = datetime.datetime.combine(
        pages[-1].date, datetime.time(9), tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam")
    )
    assert entries[0].findtext(f"{ATOM}published") == nine_in_amsterdam.isoformat()
    assert entries[0].find(f"{ATOM}link").get("href") == pages[-1].full_url


@pytest.mark.parametrize(
    ("url", "label", "msgid"),
    [
        ("/feeds/nieuws/", "Nieuws", "News – {site_name}"),
        ("/feeds/blogs/", "Blog", "Blogs – {site_name}"),
        ("/feeds/publicaties/", "Publicatie", "Publications – {site_name}"),
    ],
)
def test_type_feeds_show_only_their_type(client, content_site, url, label, msgid):
    add_articles(content_site, 9)
    channel = rss(client, url)
    titles = item_titles(channel)
    assert len(titles) == 3
    assert all(title.startswith(f"{label}: ") for title in titles), titles
    assert channel.findtext("title") == translated(msgid, site_name="Sociaal Werk Nederland")


def test_unknown_type_gives_404(client, content_site):
    assert client.get("/feeds/evenementen/").status_code == 404


def test_theme_feed_shows_only_the_articles_of_the_theme(client, content_site):
    mine = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    also_mine = BlogPageFactory(
        parent=content_site.blog_index, themes=[content_site.other_theme, content_site.theme]
    )
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    channel = rss(client, "/feeds/thema/sociale-verbondenheid/")
    assert item_titles(channel) == [
        f"Blog: {also_mine.title}",
        f"Nieuws: {mine.title}",
    ]
    assert channel.findtext("title") == translated(
        "Theme {theme} – {site_name}",
        theme="Sociale verbondenheid",
        site_name="Sociaal Werk Nederland",
    )
    assert channel.findtext("link") == "http://localhost/thema/sociale-verbondenheid/"


def test_theme_feed_of_an_unknown_or_unpublished_theme_gives_404(client, content_site):
    ThemePageFactory(parent=content_site.theme_index, title="Concept", live=False)
    assert client.get("/feeds/thema/bestaat-niet/").status_code == 404
    assert client.get("/feeds/thema/concept/").status_code == 404


def test_feed_titles_use_the_organisation_name_of_the_site_settings(client, content_site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "SWN"
    site_settings.save()
    channel = rss(client, "/feeds/nieuws/")
    assert channel.findtext("title") == translated("News – {site_name}", site_name="SWN")


def test_unpublished_articles_are_left_out(client, content_site):
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], live=False)
    assert item_titles(rss(client, "/feeds/artikelen/")) == []


def test_hostile_titles_are_escaped(client, content_site):
    title = 'Zorg & welzijn <script>alert("x")</script>'
    NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title=title,
        intro="Lees <b>dit</b> & meer.",
    )
    rss_xml = client.get("/feeds/artikelen/").content
    atom_xml = client.get("/feeds/artikelen/atom/").content
    for xml in (rss_xml, atom_xml):
        assert b"<script" not in xml and b"<b>" not in xml
    item = parse(rss_xml).find("channel/item")
    # RSS readers often read titles and descriptions as HTML: they get escaped HTML.
    assert html.unescape(item.findtext("title")) == f"Nieuws: {title}"
    assert "<script" not in item.findtext("title")
    assert item.findtext("description") == "Lees &lt;b&gt;dit&lt;/b&gt; &amp; meer."
    # Atom titles are plain text.
    entry = parse(atom_xml).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == f"Nieuws: {title}"


@pytest.mark.parametrize("url", FEED_URLS)
def test_each_feed_renders_in_the_same_number_of_queries_with_3_or_30_articles(
    client, content_site, url
):
    add_articles(content_site, 3)
    warm_up(client, url)
    with_three = queries_for(client, url)
    add_articles(content_site, 27)
    with_thirty = queries_for(client, url)
    assert with_three == with_thirty, f"{url}: {with_three} queries with 3, {with_thirty} with 30"
    assert with_thirty <= 6, f"{url}: {with_thirty} queries"
