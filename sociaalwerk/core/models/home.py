from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import rich_text, routing
from sociaalwerk.core.blocks import (
    LISTINGS,
    AgendaBlock,
    BodyBlock,
    LatestNewsBlock,
    read_listings,
)
from sociaalwerk.core.cache_tags import ARTICLES, EVENTS, THEMES
from sociaalwerk.core.models.themes import ThemePage
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import OneQueryViewRestrictions


class HomePage(OneQueryViewRestrictions, Page):
    """The root of the site: a welcome with the hero image, the themes, then what the
    editors put in the body (the latest news, the agenda, the invitation to join)."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    # The latest news, the agenda and the list of themes.
    cache_tags = (ARTICLES, EVENTS, THEMES)
    # Its structured data describes the association.
    schema_type = "Organization"

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("A short welcome under the site name. Keep it to two or three sentences."),
    )

    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide picture shown with the introduction at the top of the home page. "
            "Give it a description in the image library if it shows something."
        ),
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

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Every address of the site is routed from here, in two queries (``routing``)."""
        if not path_components:
            return super().route(request, path_components)
        return routing.route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The themes are the site's own structure, so the home page lists them all, in
        # the order of the theme overview, rather than from a block an editor fills
        # by hand: a new theme appears here when it is published, and editors order
        # themes in one place. One query, however many themes there are; their
        # renditions come with those of the hero image and of the body's listings.
        context["themes"] = list(
            ThemePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("path")
            .select_related("image")
        )
        context[LISTINGS] = read_listings(
            self.body, context, ([self], "hero_image"), (context["themes"], "image")
        )
        return context
