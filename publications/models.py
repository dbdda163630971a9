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


class PublicationIndexPage(ArticleIndexPage):
    """ "Publicaties": every publication, newest first."""

    parent_page_types = ["core.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("publication overview")
        verbose_name_plural = _("publication overviews")

    @property
    def article_model(self):
        return PublicationPage


class PublicationPage(AuthoredPageMixin, ArticlePage):
    """A report, study or guide, with its documents to download."""

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    article_type = "publication"
    type_label = _("Publication")
    page_label = _("Publication")
    schema_type = "Report"

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

    content_panels = [
        *ArticlePage.content_panels[:1],
        FieldPanel("publication_type"),
        MultipleChooserPanel(
            "author_links",
            chooser_field_name="author",
            heading=_("Authors"),
            label=_("author"),
        ),
        *ArticlePage.content_panels[1:3],
        MultipleChooserPanel(
            "document_links",
            chooser_field_name="document",
            heading=_("Documents"),
            label=_("document"),
            help_text=_("The files of the publication (PDF, Word, ...), offered for download."),
        ),
        *ArticlePage.content_panels[3:],
    ]

    search_fields = ArticlePage.search_fields + [
        index.FilterField("publication_type"),
        index.RelatedFields(
            "author_links", [index.RelatedFields("author", [index.SearchField("name")])]
        ),
    ]

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
