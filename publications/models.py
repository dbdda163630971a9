from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.models import Orderable
from wagtail.search import index

from sociaalwerk.core.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthoredPageMixin,
    AuthorLink,
)
from sociaalwerk.core.panels import insert_after


class PublicationPage(AuthoredPageMixin, ArticlePage):
    """A report, study or guide, with its documents to download."""

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    article_type = "publication"
    type_label = _("Publication")
    item_label = _("Publication")
    schema_type = "Report"
    feed_name = "publicaties"
    feed_title = _("Publications – {site_name}")
    feed_description = _("The latest publications of {site_name}.")

    class PublicationType(models.TextChoices):
        REPORT = "rapport", _("Report")
        RESEARCH = "onderzoek", _("Research")
        GUIDE = "handreiking", _("Guide")
        POSITION_PAPER = "position-paper", _("Position paper")
        FACTSHEET = "factsheet", _("Fact sheet")
        ARTICLE = "artikel", _("Article")

    publication_type = models.CharField(
        _("type of publication"),
        max_length=20,
        choices=PublicationType.choices,
        default=PublicationType.REPORT,
    )

    content_panels = insert_after(
        insert_after(
            ArticlePage.content_panels,
            "title",
            FieldPanel("publication_type"),
            AuthoredPageMixin.authors_panel(),
        ),
        "intro",
        MultipleChooserPanel(
            "document_links",
            chooser_field_name="document",
            heading=_("Documents"),
            label=_("document"),
            help_text=_("The files of the publication (PDF, Word, ...), offered for download."),
        ),
    )

    search_fields = (
        ArticlePage.search_fields
        + AuthoredPageMixin.author_search_fields
        + [index.FilterField("publication_type")]
    )

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @cached_property
    def documents(self):
        return [link.document for link in self.document_links.select_related("document")]


class PublicationPageAuthor(AuthorLink):
    page = ParentalKey(PublicationPage, related_name="author_links", on_delete=models.CASCADE)


class PublicationDocument(Orderable):
    """A document attached to a publication, in the order the editor chose."""

    page = ParentalKey(PublicationPage, related_name="document_links", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document of a publication")
        verbose_name_plural = _("documents of a publication")


class PublicationIndexPage(ArticleIndexPage):
    """ "Publicaties": every publication, newest first."""

    subpage_types = ["publications.PublicationPage"]

    article_model = PublicationPage

    class Meta:
        verbose_name = _("publication overview")
        verbose_name_plural = _("publication overviews")
