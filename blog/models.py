from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.search import index

from sociaalwerk.core.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthoredPageMixin,
    AuthorLink,
)


class BlogIndexPage(ArticleIndexPage):
    """ "Blogs": every blog, newest first."""

    parent_page_types = ["core.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("blog overview")
        verbose_name_plural = _("blog overviews")

    @property
    def article_model(self):
        return BlogPage


class BlogPage(AuthoredPageMixin, ArticlePage):
    """A blog or column by one or more authors."""

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    article_type = "blog"
    type_label = _("Blog")
    page_label = _("Blog")
    schema_type = "BlogPosting"

    subtitle = models.CharField(
        _("subtitle"),
        max_length=200,
        blank=True,
        help_text=_("Shown under the title. At most 200 characters."),
    )

    content_panels = [
        *ArticlePage.content_panels[:1],
        FieldPanel("subtitle"),
        MultipleChooserPanel(
            "author_links",
            chooser_field_name="author",
            heading=_("Authors"),
            label=_("author"),
            min_num=1,
        ),
        *ArticlePage.content_panels[1:],
    ]

    search_fields = ArticlePage.search_fields + [
        index.SearchField("subtitle"),
        index.RelatedFields(
            "author_links", [index.RelatedFields("author", [index.SearchField("name")])]
        ),
    ]

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")


class BlogPageAuthor(AuthorLink):
    page = ParentalKey(BlogPage, related_name="author_links", on_delete=models.CASCADE)
