"""The content model: where each page type may stand, themes, authors, reading time and
what the search index holds."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationIndexPage, PublicationPage
from sociaalwerk.core.models import (
    ArticlePage,
    ArticleTheme,
    HomePage,
    StandardPage,
    ThemeIndexPage,
    ThemePage,
)
from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
)
from tests.helpers import add_articles


class TreeRulesTests(WagtailPageTestCase):
    """An editor cannot put a page where it does not belong."""

    def test_home_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        for section in (ThemeIndexPage, NewsIndexPage, BlogIndexPage, PublicationIndexPage):
            self.assertAllowedParentPageTypes(section, {HomePage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_each_article_type_lives_under_its_own_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})

    def test_themes_live_under_the_theme_overview_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ThemePage, {ThemeIndexPage})
        self.assertAllowedSubpageTypes(ThemeIndexPage, {ThemePage})
        for leaf in (ThemePage, NewsPage, BlogPage, PublicationPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_the_shared_article_base_and_sections_are_single_or_not_creatable(self):
        assert not ArticlePage.is_creatable
        assert ArticlePage not in HomePage.creatable_subpage_models()
        for single in (
            HomePage,
            ThemeIndexPage,
            NewsIndexPage,
            BlogIndexPage,
            PublicationIndexPage,
        ):
            assert single.max_count == 1


def test_first_theme_is_the_primary_theme(content_site):
    page = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.other_theme, content_site.theme]
    )
    page = NewsPage.objects.get(pk=page.pk)
    assert page.primary_theme == content_site.other_theme
    assert [a.pk for a in ArticlePage.objects.of_theme(content_site.theme)] == [page.pk]


def test_a_theme_chosen_twice_is_refused_with_a_dutch_message(content_site):
    page = NewsPageFactory.build(themes=[])
    page.article_themes = [
        ArticleTheme(theme=content_site.theme),
        ArticleTheme(theme=content_site.theme),
    ]
    with pytest.raises(ValidationError, match="Elk thema kan maar één keer gekozen worden"):
        page.clean()


def test_reading_time_is_computed_from_lead_and_body_unless_overridden(content_site):
    words = " ".join(["woord"] * 500)
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        intro="Tien woorden " * 5,
        body=[("paragraph", f"<p>{words}</p>"), ("heading", {"text": "Kop", "level": "h2"})],
    )
    assert page.reading_time == 2  # 511 words at 250 a minute
    page.reading_time_override = 7
    del page.reading_time
    assert page.reading_time == 7


def test_related_articles_share_the_main_theme_and_exclude_the_article(content_site):
    older = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    page = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.theme])
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    draft = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], live=False)
    related = list(page.related_articles())
    assert [a.pk for a in related] == [older.pk]
    assert draft.pk not in [a.pk for a in related]


def test_type_labels_name_the_type_without_the_specific_page(content_site):
    NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    BlogPageFactory(parent=content_site.blog_index, themes=[content_site.theme])
    PublicationPageFactory(parent=content_site.publication_index, themes=[content_site.theme])
    labels = {str(a.type_label) for a in ArticlePage.objects.for_listing()}
    assert labels == {"Nieuws", "Blog", "Publicatie"}


def test_article_type_filter_keeps_only_the_chosen_types(content_site):
    news = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    blog = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.theme])
    PublicationPageFactory(parent=content_site.publication_index, themes=[content_site.theme])
    chosen = ArticlePage.objects.for_listing().of_types(["news", "blog"])
    assert {a.pk for a in chosen} == {news.pk, blog.pk}
    assert ArticlePage.objects.for_listing().of_types([]).count() == 3


def test_authors_and_documents_keep_the_editors_order(content_site):
    first, second = AuthorFactory(name="Zeno"), AuthorFactory(name="Anna")
    documents = [DocumentFactory(title="Deel 2"), DocumentFactory(title="Deel 1")]
    page = PublicationPageFactory(
        parent=content_site.publication_index,
        themes=[content_site.theme],
        authors=[first, second],
        documents=documents,
    )
    page = PublicationPage.objects.get(pk=page.pk)
    assert [a.name for a in page.authors] == ["Zeno", "Anna"]
    assert [d.title for d in page.documents] == ["Deel 2", "Deel 1"]


@pytest.mark.parametrize("model", [NewsPage, BlogPage, PublicationPage])
def test_search_finds_each_article_type_by_its_lead(content_site, model):
    add_articles(content_site, 3)
    page = model.objects.first()
    page.intro = "Over buurtteams en wijkverpleging"
    page.save_revision().publish()
    assert page.pk in [p.pk for p in model.objects.live().search("wijkverpleging")]
