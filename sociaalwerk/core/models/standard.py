from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import rich_text
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import OneQueryViewRestrictions


class StandardPage(OneQueryViewRestrictions, Page):
    """A plain page of text: privacy statement, accessibility statement, about us."""

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    # Only its own text.
    cache_tags = ()

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown in larger type above the text. One or two sentences."),
    )
    body = RichTextField(
        _("text"),
        blank=True,
        features=rich_text.TEXT_WITH_HEADINGS,
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
