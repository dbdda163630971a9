"""The meta tags in every page's <head>: description, canonical address, Open Graph and
the share image, escaped, and without adding queries."""

import copy

import pytest
import wagtail_factories
from django.conf import settings
from django.test import override_settings

from blog.models import BlogIndexPage, BlogPage
from contact.models import ContactPage
from members.models import MembershipPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationIndexPage, PublicationPage
from sociaalwerk.core.models import HomePage, StandardPage, ThemeIndexPage, ThemePage
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.helpers import PAGES, add_articles, queries_for
from tests.seo.helpers import ARTICLE_TYPES, Head, head_of

pytestmark = pytest.mark.django_db


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
    # The demo's articles have pictures, which they share; the other pages share none.
    assert head.meta["twitter:card"] == ("summary_large_image" if is_article else "summary")
    assert ("og:image" in head.meta) == is_article
    assert (head.meta.get("article:published_time") is not None) == is_article
    types = [data["@type"] for data in head.json_ld]
    if is_article:
        assert types == [ARTICLE_TYPES[model]]
    elif model is HomePage:
        assert types == ["Organization"]
    else:
        assert types == []


def test_article_with_listing_image_shares_a_1200_by_630_rendition(client, content_site):
    image = wagtail_factories.ImageFactory(
        title="IMG_1234.jpg", description="Buurtteam aan het werk"
    )
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


def test_the_article_and_its_share_image_say_the_description_never_the_file_name(
    client, content_site
):
    described = wagtail_factories.ImageFactory(
        title="IMG_1234.jpg", description="Buurtteam aan het werk"
    )
    page = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], listing_image=described
    )
    html = client.get(page.url).content.decode()
    assert 'alt="Buurtteam aan het werk"' in html and "IMG_1234" not in html
    assert head_of(client, page.url).meta["og:image:alt"] == "Buurtteam aan het werk"

    undescribed = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        listing_image=wagtail_factories.ImageFactory(title="IMG_1235.jpg"),
    )
    html = client.get(undescribed.url).content.decode()
    assert "IMG_1235" not in html
    assert '<img alt="" class="article__image"' in html
    assert "og:image:alt" not in head_of(client, undescribed.url).meta


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
    client.get(url)  # the first request after a change counts the filters afresh
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
