from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from sociaalwerk.core.models import ArticleIndexPage, ArticlePage


class NewsPage(ArticlePage):
    """A news item; may point to the full article on another website."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    article_type = "news"
    type_label = _("News")
    item_label = _("News item")
    schema_type = "NewsArticle"
    feed_name = "nieuws"
    feed_title = _("News – {site_name}")
    feed_description = _("The latest news of {site_name}.")

    external_url = models.URLField(
        _("address of the full article"),
        blank=True,
        max_length=500,
        help_text=_(
            "When the item summarises an article elsewhere: its address. The page then ends "
            'with the link "Read the whole article here".'
        ),
    )
    external_source = models.CharField(
        _("source"),
        max_length=100,
        blank=True,
        help_text=_('Name of the website or newspaper, e.g. "Zorg + Welzijn".'),
    )

    content_panels = ArticlePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("external_source")],
            heading=_("External source"),
        ),
    ]

    search_fields = ArticlePage.search_fields + [index.SearchField("external_source")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class NewsIndexPage(ArticleIndexPage):
    """ "Nieuws": every news item, newest first."""

    subpage_types = ["news.NewsPage"]

    article_model = NewsPage

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")
