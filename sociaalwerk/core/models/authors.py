from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index


class Author(index.Indexed, models.Model):
    """A person who writes blogs or publications; a snippet, chosen on those pages."""

    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(
        _("role"),
        max_length=150,
        blank=True,
        help_text=_('Job and organisation, e.g. "Beleidsadviseur, Sociaal Werk Nederland".'),
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class AuthorLink(Orderable):
    """Base of the page-to-author links of blogs and publications, kept in order."""

    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        abstract = True


class AuthoredPageMixin:
    """For pages with ``author_links`` (a subclass of AuthorLink): their authors, in
    order, the panel to choose them and the search fields that find a page by them."""

    author_search_fields = [
        index.RelatedFields(
            "author_links", [index.RelatedFields("author", [index.SearchField("name")])]
        )
    ]

    @staticmethod
    def authors_panel(**options):
        return MultipleChooserPanel(
            "author_links",
            chooser_field_name="author",
            heading=_("Authors"),
            label=_("author"),
            **options,
        )

    @cached_property
    def authors(self):
        return [link.author for link in self.author_links.select_related("author__photo")]
