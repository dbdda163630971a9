"""What search engines and link previews get: sitemap.xml, robots.txt, and the meta tags
and JSON-LD in every page's <head>, with their query budget."""

import copy
import json
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
import wagtail_factories
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from blog.models import BlogIndexPage, BlogPage
from contact.models import ContactPage
from members.models import MembershipPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationIndexPage, PublicationPage
from sociaalwerk.core.models import HomePage, StandardPage, ThemeIndexPage, ThemePage
from tests.core.test_listings import PAGES, add_articles, queries_for
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ORGANISATION = {
    "@type": "Organization",
    "name": "Sociaal Werk Nederland",
    "url": "http://localhost/",
}


class Head(HTMLParser):
    """The meta tags, links and scripts of an HTML page, with attribute values unescaped."""

    def __init__(self, html):
        super().__init__()
        self.meta = {}
        self.links = {}
        self.scripts = []  # [type, text] of every script element
        self.in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (key := attrs.get("property") or attrs.get("name")):
            self.meta[key] = attrs.get("content")
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), attrs.get("href"))
        elif tag == "script":
            self.scripts.append([attrs.get("type"), ""])
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1][1] += data

    @property
    def json_ld(self):
        """The parsed JSON-LD documents of the page."""
        return [json.loads(text) for kind, text in self.scripts if kind == "application/ld+json"]


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def without_meta_tags():
    """Settings under which components/meta_tags.html is empty: to count the queries a
    page runs without its meta tags."""
    engine = copy.deepcopy(settings.TEMPLATES[0])
    engine["APP_DIRS"] = False
    engine["OPTIONS"]["loaders"] = [
        ("django.template.loaders.locmem.Loader", {"components/meta_tags.html": ""}),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    return override_settings(TEMPLATES=[engine])


# sitemap.xml and robots.txt


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
    public = Page.objects.live().exclude(depth=1).exclude(pk=private.pk)
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


def test_robots_txt_disallows_admin_and_search_and_names_the_sitemap(client, content_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /zoeken/",
    ]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.post("/robots.txt").status_code == 405


# Meta tags of every page type

PAGE_TYPES = {
    "home": HomePage,
    "theme index": ThemeIndexPage,
    "theme": ThemePage,
    "news index": NewsIndexPage,
    "news page": NewsPage,
    "blog index": BlogIndexPage,
    "blog page": BlogPage,
    "publication index": PublicationIndexPage,
    "publication page": PublicationPage,
    "standard page": StandardPage,
    "membership page": MembershipPage,
    "contact page": ContactPage,
}
ARTICLE_TYPES = {NewsPage: "NewsArticle", BlogPage: "BlogPosting", PublicationPage: "Report"}


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_has_description_canonical_and_open_graph_tags(client, demo_site, name):
    model = PAGE_TYPES[name]
    page = model.objects.live().order_by("path").first()
    head = head_of(client, page.url)
    url = page.get_full_url()
    assert url.startswith("http://localhost/")
    assert head.links["canonical"] == url
    assert 40 <= len(head.meta["description"]) <= 161
    is_article = model in ARTICLE_TYPES
    assert head.meta["og:type"] == ("article" if is_article else "website")
    assert head.meta["og:title"] == page.title
    assert head.meta["og:description"] == head.meta["description"]
    assert head.meta["og:url"] == url
    assert head.meta["og:site_name"] == "Sociaal Werk Nederland"
    assert head.meta["og:locale"] == "nl_NL"
    assert head.meta["twitter:card"] == "summary"
    assert "og:image" not in head.meta
    assert (head.meta.get("article:published_time") is not None) == is_article
    types = [data["@type"] for data in head.json_ld]
    if is_article:
        assert types == [ARTICLE_TYPES[model]]
    elif model is HomePage:
        assert types == ["Organization"]
    else:
        assert types == []


@pytest.mark.parametrize("model", ARTICLE_TYPES)
def test_articles_have_json_ld_of_their_type_with_dutch_dates(client, demo_site, model):
    page = model.objects.live().order_by("path").first()
    head = head_of(client, page.url)
    [data] = head.json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == ARTICLE_TYPES[model]
    assert data["headline"] == page.title
    assert data["description"] == head.meta["description"] == page.excerpt
    assert data["url"] == data["mainEntityOfPage"] == page.get_full_url()
    assert data["inLanguage"] == "nl-NL"
    assert data["datePublished"] == page.date.isoformat()
    assert head.meta["article:published_time"] == page.date.isoformat()
    assert data["dateModified"] == timezone.localtime(page.last_published_at).isoformat(
        timespec="seconds"
    )
    assert re.search(r"\+0[12]:00$", data["dateModified"]), "Dutch time, not UTC"
    assert data["publisher"] == ORGANISATION
    assert data["about"] == {"@type": "Thing", "name": page.primary_theme.title}
    if model is NewsPage:
        assert data["author"] == ORGANISATION
    else:
        assert page.authors
        assert data["author"] == [{"@type": "Person", "name": a.name} for a in page.authors]


def test_home_page_has_organization_json_ld_with_the_address_of_the_site_settings(
    client, demo_site
):
    [data] = head_of(client, "/").json_ld
    assert data == {
        "@context": "https://schema.org",
        **ORGANISATION,
        "address": {
            "@type": "PostalAddress",
            "postalCode": "3511 DR",
            "addressLocality": "Utrecht",
            "streetAddress": "Pieter Vreedeplein 6",
            "addressCountry": "NL",
        },
        "email": "info@sociaalwerk.example",
        "telephone": "030 123 45 67",
    }


def test_article_with_listing_image_shares_a_1200_by_630_rendition(client, content_site):
    image = wagtail_factories.ImageFactory(title="Buurtteam aan het werk")
    page = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], listing_image=image
    )
    head = head_of(client, page.url)
    rendition = image.get_rendition("fill-1200x630")
    assert head.meta["og:image"] == "http://localhost" + rendition.url
    assert ".fill-1200x630" in head.meta["og:image"]
    assert head.meta["og:image:width"] == str(rendition.width)
    assert head.meta["og:image:height"] == str(rendition.height)
    assert head.meta["og:image:alt"] == "Buurtteam aan het werk"
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.json_ld[0]["image"] == head.meta["og:image"]


# Descriptions and canonical addresses


def test_description_is_the_search_description_cut_at_a_word(client, content_site):
    words = "Sociaal werk versterkt bewoners in hun eigen buurt en wijk. " * 6
    page = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], search_description=words
    )
    description = head_of(client, page.url).meta["description"]
    assert description.endswith("…") and len(description) <= 161
    assert words.startswith(description[:-1]) and words[len(description) - 1] == " "


def test_theme_description_is_the_text_of_its_lead(client, content_site):
    head = head_of(client, content_site.theme.url)
    assert head.meta["description"] == "Korte inleiding op het thema."


def test_description_of_other_pages_is_the_text_of_their_introduction(client, content_site):
    page = StandardPageFactory(
        parent=content_site.home,
        intro='<p>Eén <a linktype="page" id="1">alinea</a>.</p><p>Twee &amp; drie.</p>',
    )
    assert head_of(client, page.url).meta["description"] == "Eén alinea. Twee & drie."


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/thema/sociale-verbondenheid/", "/thema/sociale-verbondenheid/"),
        ("/thema/sociale-verbondenheid/nieuws/", "/thema/sociale-verbondenheid/nieuws/"),
        ("/thema/sociale-verbondenheid/nieuws/?page=1", "/thema/sociale-verbondenheid/nieuws/"),
        (
            "/thema/sociale-verbondenheid/nieuws/?page=2",
            "/thema/sociale-verbondenheid/nieuws/?page=2",
        ),
        (
            "/thema/sociale-verbondenheid/nieuws/?page=999",
            "/thema/sociale-verbondenheid/nieuws/?page=2",
        ),
        ("/nieuws/?thema=sociale-verbondenheid&jaar=2020", "/nieuws/"),
        ("/nieuws/?thema=sociale-verbondenheid&page=2", "/nieuws/?page=2"),
        ("/nieuws/?page=abc&utm_source=nieuwsbrief", "/nieuws/"),
    ],
)
def test_canonical_of_routes_and_listing_pages_keeps_only_the_page_number(
    client, content_site, url, canonical
):
    for _ in range(21):
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    head = head_of(client, url)
    assert head.links["canonical"] == head.meta["og:url"] == "http://localhost" + canonical


# Escaping, and pages without a page


def test_a_hostile_title_cannot_break_out_of_attributes_or_json_ld(client, content_site):
    title = 'Nieuws </script><script>alert(1)</script> "citaat" & <!-- meer'
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title=title,
        slug="kwaadaardig",
        intro=title,
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    head = Head(html)
    assert [kind for kind, text in head.scripts if text] == ["application/ld+json"]
    assert head.meta["og:title"] == title
    assert head.meta["description"] == title
    [data] = head.json_ld
    assert data["headline"] == title and data["description"] == title


def test_404_page_renders_without_page_metadata(client, content_site):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert 'rel="canonical"' not in html and "application/ld+json" not in html


def test_search_page_renders_without_page_metadata(client, content_site):
    head = head_of(client, "/zoeken/?q=wijk")
    assert "canonical" not in head.links and head.json_ld == []


# Query budget

ARTICLE_PAGES = ["news page", "blog page", "publication page"]  # the order of add_articles


@pytest.mark.parametrize("name", [*PAGES, *ARTICLE_PAGES])
def test_meta_tags_add_no_queries_with_3_or_50_articles(client, content_site, name):
    first = add_articles(content_site, 3)
    url = PAGES.get(name) or first[ARTICLE_PAGES.index(name)].url
    client.get(url)  # warm the per-process caches (content types, site root paths)
    with_three = queries_for(client, url)
    with without_meta_tags():
        without = queries_for(client, url)
    add_articles(content_site, 47)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, f"{name}: {with_three} queries with 3, {with_fifty} with 50"
    assert with_three == without, f"{name}: the meta tags add {with_three - without} queries"


def test_share_image_costs_one_query_at_most(client, content_site):
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        listing_image=wagtail_factories.ImageFactory(),
    )
    client.get(page.url)  # creates the rendition
    with_image = queries_for(client, page.url)
    with without_meta_tags():
        without = queries_for(client, page.url)
    assert with_image - without <= 1
