from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageManager
from wagtail.search import index

from sociaalwerk.core import members_only, reading, rich_text
from sociaalwerk.core.blocks import (
    LISTINGS,
    AgendaBlock,
    BodyBlock,
    LatestNewsBlock,
    ThemeIntroBlock,
    read_listings,
)
from sociaalwerk.core.cache_tags import ARTICLES, EVENTS, THEMES
from sociaalwerk.core.models.articles import ArticlePage
from sociaalwerk.core.pagination import ListingPaginator
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import (
    OneQueryViewRestrictions,
    RestrictionAwarePageQuerySet,
)

ARCHIVE_PAGE_SIZE = 20


class ThemeIndexPage(OneQueryViewRestrictions, Page):
    """ "Thema's": the overview of every theme."""

    parent_page_types = ["core.HomePage"]
    subpage_types = ["core.ThemePage"]
    max_count = 1

    cache_tags = (THEMES,)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown above the list of themes. One or two sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("theme overview")
        verbose_name_plural = _("theme overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = ThemePage.objects.child_of(self).live().public()
        return context


class ThemePage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """A theme such as "Sociale verbondenheid": its introduction, then its latest
    articles; ``nieuws/`` under it is the paginated archive of all its articles."""

    parent_page_types = ["core.ThemeIndexPage"]
    subpage_types = []

    # The latest news, the archive and the theme's events.
    cache_tags = (ARTICLES, EVENTS)
    listed_as = (THEMES,)
    # The image its page shows, read with the page (``core.routing``).
    select_related_when_routed = ("image",)

    intro = StreamField(
        [("theme_intro", ThemeIntroBlock())],
        min_num=1,
        max_num=1,
        verbose_name=_("introduction"),
        help_text=_("Shown at the top of the theme and above every article of the theme."),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the introduction of the theme and with the theme on the home page."
        ),
    )
    body = StreamField(
        BodyBlock(local_blocks=[("latest_news", LatestNewsBlock()), ("agenda", AgendaBlock())]),
        blank=True,
        default=[("latest_news", {}), ("agenda", {})],
        verbose_name=_("content"),
        help_text=_(
            "Under the introduction. New themes start with the latest news and the events "
            "of the theme."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    objects = PageManager.from_queryset(RestrictionAwarePageQuerySet)()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    @property
    def theme_intro(self):
        """The value of the ThemeIntroBlock, which article pages show too."""
        return self.intro[0] if self.intro else None

    @property
    def primary_theme(self):
        """The theme a page is about, as articles name theirs: a theme is its own."""
        return self

    @property
    def summary(self):
        """What describes the theme to search engines and link previews: its lead."""
        intro = self.theme_intro
        return reading.plain_text(intro.value["lead"].source) if intro else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The latest news and the agenda with the renditions of all their images in one
        # query; read when the body renders, so that the archive, which shares this
        # context but not the body, does not.
        context[LISTINGS] = SimpleLazyObject(lambda: read_listings(self.body, context))
        return context

    @path("nieuws/", name="archive")
    def archive(self, request):
        """Every live article of this theme, newest first, 20 a page."""
        articles = ArticlePage.objects.for_listing(members_only.audience(request)).of_theme(self)
        paginator = ListingPaginator(articles, ARCHIVE_PAGE_SIZE)
        return self.render(
            request,
            context_overrides={"articles": paginator.page_for(request)},
            template="core/theme_archive.html",
        )
