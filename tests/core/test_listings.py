"""What visitors get from each page type: content, filters, pagination and query budgets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogPage
from news.models import NewsPage
from publications.models import PublicationPage
from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
    build_content_site,
)

pytestmark = pytest.mark.django_db


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


@pytest.mark.parametrize("name", [*PAGES, "news page", "blog page", "publication page"])
def test_every_page_renders_in_the_same_number_of_queries_with_3_or_50_articles(
    client, content_site, name
):
    first = add_articles(content_site, 3)
    url = (
        PAGES.get(name)
        or next(
            p for p in first if p.specific_class.__name__.lower().startswith(name.split()[0])
        ).url
    )
    client.get(url)  # warm the per-process caches (content types, site root paths)
    with_three = queries_for(client, url)
    add_articles(content_site, 47)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, (
        f"{name}: {with_three} queries with 3 articles, {with_fifty} with 50"
    )
    assert with_fifty <= 18, f"{name}: {with_fifty} queries"


def test_news_page_shows_label_date_reading_time_theme_intro_and_source(client, content_site):
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Sociale psychiatrie in de wijk",
        date="2020-04-28",
        external_url="https://example.org/artikel",
    )
    html = client.get(page.url).content.decode()
    assert '<p class="article__label">Nieuwsbericht</p>' in html
    assert "28 april 2020 | 1 minuut lezen" in " ".join(html.split()).replace("</time>", "")
    assert (
        '<a href="https://example.org/artikel" rel="noopener">Lees het hele artikel hier</a>'
        in html
    )
    assert '<a href="/thema/sociale-verbondenheid/">Sociale verbondenheid</a>' in html
    assert html.count("<h1") == 1


def test_blog_page_shows_subtitle_and_authors(client, content_site):
    author = AuthorFactory(name="Marije van der Meij", role="beleidsadviseur")
    page = BlogPageFactory(
        parent=content_site.blog_index,
        themes=[content_site.theme],
        subtitle="Wat China leerde",
        authors=[author],
    )
    html = client.get(page.url).content.decode()
    assert '<p class="article__label">Blog</p>' in html
    assert "Wat China leerde" in html
    assert '<span class="author__name">Marije van der Meij</span>' in html


@pytest.mark.parametrize(
    ("count", "heading"), [(1, "1 document toegevoegd"), (3, "3 documenten toegevoegd")]
)
def test_publication_page_lists_its_documents_for_download(client, content_site, count, heading):
    documents = [DocumentFactory(title=f"Bijlage {n}") for n in range(count)]
    page = PublicationPageFactory(
        parent=content_site.publication_index, themes=[content_site.theme], documents=documents
    )
    html = client.get(page.url).content.decode()
    assert heading in html
    for document in documents:
        assert f'<a href="{document.url}" download>{document.title}</a>' in html
    assert "(PDF, 13\xa0bytes)" in html
    response = client.get(documents[0].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_theme_page_shows_its_latest_news_and_links_to_the_archive(client, content_site):
    mine = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    other = NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    html = client.get(content_site.theme.url).content.decode()
    assert "<h2>Laatste nieuws</h2>" in html
    assert mine.title in html and other.title not in html
    archive_link = '<a href="/thema/sociale-verbondenheid/nieuws/">Alle artikelen over'
    assert f"{archive_link} Sociale verbondenheid</a>" in html


def test_index_pages_list_their_own_type_newest_first_in_pages_of_twelve(client, content_site):
    pages = [
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
        for _ in range(13)
    ]
    BlogPageFactory(
        parent=content_site.blog_index, themes=[content_site.theme], title="Geen nieuws"
    )
    first = client.get("/nieuws/").content.decode()
    assert first.count('class="card"') == 12
    assert first.index(pages[-1].title + "<") < first.index(pages[-2].title + "<")
    assert "Geen nieuws" not in first
    assert "Pagina 1 van 2" in first and 'href="?page=2"' in first
    second = client.get("/nieuws/?page=2").content.decode()
    assert second.count('class="card"') == 1 and f">{pages[0].title}<" in second


def test_index_filters_by_theme_and_year_and_keeps_filters_when_paging(client, content_site):
    for _ in range(13):
        NewsPageFactory(
            parent=content_site.news_index, themes=[content_site.theme], date="2021-05-01"
        )
    NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], date="2019-05-01", title="Oud"
    )
    NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.other_theme], title="Ander thema"
    )
    html = client.get("/nieuws/?thema=sociale-verbondenheid&jaar=2021").content.decode()
    assert "Oud" not in html and "Ander thema" not in html
    assert 'href="?thema=sociale-verbondenheid&amp;jaar=2021&amp;page=2"' in html
    assert '<option value="2019">2019</option>' in html


BAD_QUERIES = [
    "page=abc",
    "page=0",
    "page=-1",
    "page=99999999999999999999999",
    "page=1.5",
    "page=%00",
    "thema=bestaat-niet",
    "thema=' OR 1=1 --",
    "thema=<script>alert(1)</script>",
    "jaar=abc",
    "jaar=99999999999999999999",
    "jaar=2021&jaar=abc",
    "jaar=-1",
    "thema=%F0%9F%98%80&jaar=%E2%80%AE",
    "page=" + "9" * 5000,
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize(
    "path", ["/nieuws/", "/blogs/", "/publicaties/", "/thema/sociale-verbondenheid/nieuws/"]
)
def test_bad_page_and_filter_values_never_give_an_error(client, content_site, path, query):
    add_articles(content_site, 3)
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_unknown_filter_values_are_ignored_with_a_message(client, content_site):
    page = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    html = client.get("/nieuws/?thema=bestaat-niet&jaar=abc").content.decode()
    assert page.title in html
    assert html.count("Dit filter is onbekend en is genegeerd.") == 2


def test_theme_archive_is_paginated_and_only_holds_the_theme(client, content_site):
    pages = [
        NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
        for _ in range(21)
    ]
    other = NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    first = client.get("/thema/sociale-verbondenheid/nieuws/").content.decode()
    assert "<h1>Artikelen over Sociale verbondenheid</h1>" in first
    assert first.count('class="card"') == 20 and other.title not in first
    last = client.get("/thema/sociale-verbondenheid/nieuws/?page=2").content.decode()
    assert last.count('class="card"') == 1 and f">{pages[0].title}<" in last


def test_drafts_and_private_articles_stay_out_of_listings(client, content_site):
    draft = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], live=False)
    html = (
        client.get("/nieuws/").content.decode()
        + client.get("/thema/sociale-verbondenheid/").content.decode()
    )
    assert draft.title not in html


@pytest.mark.parametrize("model", [NewsPage, BlogPage, PublicationPage])
def test_search_finds_each_article_type_by_its_lead(content_site, model):
    add_articles(content_site, 3)
    page = model.objects.first()
    page.intro = "Over buurtteams en wijkverpleging"
    page.save_revision().publish()
    assert page.pk in [p.pk for p in model.objects.live().search("wijkverpleging")]


def article_form(site, **fields):
    """Admin form data for an article of any type, tied to the site's first theme."""
    return {
        "title": "Voorbeeld",
        "slug": "voorbeeld",
        "date": "2024-03-14",
        "intro": "Een korte inleiding.",
        "body": streamfield([("paragraph", rich_text("<p>De tekst.</p>"))]),
        "article_themes": inline_formset([{"theme": site.theme.pk}], min=1),
        **fields,
    }


class PreviewTests(WagtailPageTestCase):
    """Editors can preview every page type from the admin form before publishing."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_content_site()
        cls.author = AuthorFactory()
        cls.document = DocumentFactory()

    def assert_previewable(self, page, data):
        self.assertPageIsPreviewable(page, post_data=nested_form_data(data))

    def test_home_and_index_pages_can_be_previewed(self):
        intro = rich_text("<p>Welkom.</p>")
        home = {"title": "Start", "slug": "start", "intro": intro, "body": streamfield([])}
        self.assert_previewable(self.site.home, home)
        for page in (self.site.theme_index, self.site.news_index, self.site.blog_index):
            self.assert_previewable(page, {"title": page.title, "slug": page.slug, "intro": intro})

    def test_theme_page_can_be_previewed(self):
        theme_intro = {
            "heading": "Sociale verbondenheid",
            "lead": rich_text("<p>Kort.</p>"),
            "more": rich_text("<p>Lang.</p>"),
        }
        latest = {"heading": "Laatste nieuws", "count": "5", "this_theme_only": "on"}
        data = {
            "title": "Sociale verbondenheid",
            "slug": "sociale-verbondenheid",
            "intro": streamfield([("theme_intro", theme_intro)]),
            "body": streamfield([("latest_news", latest)]),
        }
        self.assert_previewable(self.site.theme, data)

    def test_each_article_type_can_be_previewed(self):
        authors = inline_formset([{"author": self.author.pk}], min=1)
        news = NewsPageFactory(parent=self.site.news_index, themes=[self.site.theme])
        self.assert_previewable(news, article_form(self.site, external_url="https://example.org/"))
        blog = BlogPageFactory(parent=self.site.blog_index, themes=[self.site.theme])
        self.assert_previewable(blog, article_form(self.site, subtitle="Sub", author_links=authors))
        publication = PublicationPageFactory(
            parent=self.site.publication_index, themes=[self.site.theme]
        )
        data = article_form(
            self.site,
            publication_type="onderzoek",
            author_links=authors,
            document_links=inline_formset([{"document": self.document.pk}]),
        )
        self.assert_previewable(publication, data)


def test_a_deep_archive_page_lists_the_right_articles_in_as_many_queries_as_the_first(
    client, content_site
):
    articles = add_articles(content_site, 45)
    newest_first = sorted(articles, key=lambda article: (article.date, article.pk), reverse=True)
    archive = "/thema/sociale-verbondenheid/nieuws/"
    html = client.get(archive + "?page=3").content.decode()
    shown = [article for article in newest_first if f'href="{article.url}"' in html]
    assert shown == newest_first[40:]
    positions = [html.index(f'href="{article.url}"') for article in shown]
    assert positions == sorted(positions)
    assert queries_for(client, archive + "?page=3") == queries_for(client, archive)
