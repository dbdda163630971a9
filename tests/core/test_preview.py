"""Editors can preview every page type from the admin form before publishing."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
    build_content_site,
)


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
