from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from sociaalwerk.core.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthoredPageMixin,
    AuthorLink,
)
from sociaalwerk.core.panels import insert_after


class BlogPage(AuthoredPageMixin, ArticlePage):
    """A blog or column by one or more authors."""

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    article_type = "blog"
    type_label = _("Blog")
    item_label = _("Blog")
    schema_type = "BlogPosting"
    feed_name = "blogs"
    feed_title = _("Blogs – {site_name}")
    feed_description = _("The latest blogs of {site_name}.")

    subtitle = models.CharField(
        _("subtitle"),
        max_length=200,
        blank=True,
        help_text=_("Shown under the title. At most 200 characters."),
    )

    content_panels = insert_after(
        ArticlePage.content_panels,
        "title",
        FieldPanel("subtitle"),
        AuthoredPageMixin.authors_panel(min_num=1),
    )

    search_fields = (
        ArticlePage.search_fields
        + AuthoredPageMixin.author_search_fields
        + [index.SearchField("subtitle")]
    )

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")


class BlogPageAuthor(AuthorLink):
    page = ParentalKey(BlogPage, related_name="author_links", on_delete=models.CASCADE)


class BlogIndexPage(ArticleIndexPage):
    """ "Blogs": every blog, newest first."""

    subpage_types = ["blog.BlogPage"]

    article_model = BlogPage

    class Meta:
        verbose_name = _("blog overview")
        verbose_name_plural = _("blog overviews")
