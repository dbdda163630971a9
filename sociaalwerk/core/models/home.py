from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import rich_text
from sociaalwerk.core.blocks import AgendaBlock, BodyBlock, LatestNewsBlock
from sociaalwerk.core.cache_tags import ARTICLES, EVENTS
from sociaalwerk.core.panels import PROMOTE_PANELS


class HomePage(Page):
    """The root of the site: a welcome and the latest articles."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    # The latest news and the agenda.
    cache_tags = (ARTICLES, EVENTS)
    # Its structured data describes the association.
    schema_type = "Organization"

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("A short welcome under the site name. Keep it to two or three sentences."),
    )

    body = StreamField(
        BodyBlock(local_blocks=[("latest_news", LatestNewsBlock()), ("agenda", AgendaBlock())]),
        blank=True,
        default=[
            ("latest_news", {"this_theme_only": False}),
            ("agenda", {"this_theme_only": False}),
        ],
        verbose_name=_("content"),
        help_text=_(
            "Under the introduction: the latest news, the agenda and anything else to highlight."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
