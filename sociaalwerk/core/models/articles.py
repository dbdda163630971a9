from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q, Value
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from sociaalwerk.core import members_only, reading, renditions
from sociaalwerk.core.article_types import article_classes
from sociaalwerk.core.blocks import BodyBlock
from sociaalwerk.core.cache_tags import ARTICLES, RELATED_ARTICLES, THEMES, theme_articles
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import (
    OneQueryViewRestrictions,
    RestrictionAwarePageQuerySet,
    members_only_q,
)

RELATED_COUNT = 3


class ArticlePageQuerySet(RestrictionAwarePageQuerySet):
    """The named queries of every listing: index pages, theme pages, blocks and feeds."""

    def for_listing(self, audience=members_only.PUBLIC):
        """Live articles that ``audience`` may see listed (``visible_to``), newest
        first, with what a card shows. Public ones only unless told otherwise: feeds
        and the sitemap never show members-only articles."""
        return (
            self.live()
            .visible_to(audience)
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
            .order_by("-date", "-pk")
        )

    def visible_to(self, audience):
        """The articles a listing shows to ``audience`` (see ``members_only``), each
        with ``members_only``: whether to mark it "Alleen voor leden" and show no more
        than its title and lead. Part of the listing's own query, for any number."""
        if audience == members_only.PUBLIC:
            return self.public().annotate(members_only=Value(False))
        listable = self.listable()
        if audience == members_only.MEMBERS:
            return listable.annotate(members_only=Value(False))
        marked = members_only_q()
        return listable.exclude(marked & Q(hide_from_non_members=True)).annotate(
            members_only=ExpressionWrapper(marked, output_field=BooleanField())
        )

    def of_theme(self, theme):
        return self.filter(article_themes__theme=theme)

    def of_types(self, article_types):
        """Only the articles whose ``article_type`` is in ``article_types`` (all if empty)."""
        if not article_types:
            return self
        models_ = [m for m in article_classes() if m.article_type in article_types]
        content_types = ContentType.objects.get_for_models(*models_).values()
        return self.filter(content_type__in=content_types)

    def in_year(self, year):
        return self.filter(date__year=year)


class ArticlePage(OneQueryViewRestrictions, Page):
    """What every article shares: date, lead, body, themes, listing image, reading time.

    One concrete table for news, blogs and publications, so that "the newest articles
    of theme X, of any type" is one query. Not creatable itself: editors add a
    NewsPage, BlogPage or PublicationPage, which set ``article_type`` and the labels.
    """

    parent_page_types = []
    subpage_types = []
    is_creatable = False

    # Set by each article type: its key in filters and URLs ("news"), its name in
    # listings ("Nieuws") and what one item is called above its title ("Nieuwsbericht").
    article_type = ""
    item_label = ""
    # schema.org type of the article (NewsArticle, BlogPosting, ...).
    schema_type = "Article"
    og_type = "article"
    # Every article is shown in the listings and among the related articles of others.
    listed_as = (ARTICLES, RELATED_ARTICLES)
    # The image its page shows, also in link previews, read with the page (``core.routing``).
    select_related_when_routed = ("listing_image",)

    # Empty until the article goes live, unless the editor chose a date: see ``settle_date``.
    date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_(
            "Shown with the article and used to sort listings, newest first. Leave empty "
            "for the day the article goes live."
        ),
    )
    intro = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_(
            "One or two sentences that summarise the article; shown in bold above it and "
            "as the excerpt in listings. At most 600 characters."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown with the article in listings and when it is shared."),
    )
    hide_from_non_members = models.BooleanField(
        _("hide from non-members"),
        default=False,
        help_text=_(
            "Only for an article that is for members only (privacy: the group "
            '"Leden"). Others then do not see it at all, not even its title and lead '
            "in listings and search."
        ),
    )
    reading_time_override = models.PositiveSmallIntegerField(
        _("reading time (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=format_lazy(
            _("Leave empty to compute it from the text at {speed} words a minute."),
            speed=reading.READING_SPEED,
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        InlinePanel(
            "article_themes",
            heading=_("Themes"),
            label=_("theme"),
            min_num=1,
            help_text=_(
                "The first theme is the main theme: it is named above the article, and its "
                "introduction follows the article."
            ),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("reading_time_override"),
                FieldPanel("hide_from_non_members"),
            ],
            heading=_("Listing and reading time"),
        ),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            # Every listing's order, newest first, and the year filter: the first page of
            # a listing reads only its own rows.
            models.Index(fields=["date", "page_ptr"], name="article_newest_first"),
        ]

    @property
    def type_label(self):
        """The type's name in listings ("Nieuws", "Blog"), also on a non-specific
        ArticlePage, without a query; each article type sets it as a class attribute."""
        return self.specific_class.type_label

    @cached_property
    def primary_theme(self):
        """The first theme the editor chose, or None."""
        link = self.article_themes.select_related("theme").first()
        return link.theme if link else None

    @cached_property
    def reading_time(self):
        """Minutes to read the article: the editor's figure, or computed from the text."""
        if self.reading_time_override:
            return self.reading_time_override
        body_text = self.body.stream_block.get_searchable_content(self.body)
        return reading.reading_minutes(reading.count_words(self.intro, *body_text))

    @property
    def excerpt(self):
        return reading.excerpt(self.intro)

    @property
    def summary(self):
        """What describes the article to search engines and link previews."""
        return self.excerpt

    def settle_date(self):
        """Without a date the editor chose, the article is dated the day it goes live, in
        the site's time zone: the day it was scheduled for, else today. Saved with the
        live article, that date is then what the editor's form shows, so it stays."""
        if self.date is None:
            self.date = timezone.localdate(self.go_live_at or timezone.now())

    def save(self, *args, **kwargs):
        if self.live:
            self.settle_date()
        super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        # A draft is shown dated as it would be if it went live now or as scheduled.
        self.settle_date()
        return super().serve_preview(request, mode_name)

    def clean(self):
        super().clean()
        themes = [link.theme_id for link in self.article_themes.all()]
        if len(themes) != len(set(themes)):
            raise ValidationError(_("Each theme can be chosen only once."))

    def related_articles(self, audience=members_only.PUBLIC):
        """The newest other articles of the main theme that ``audience`` may see listed,
        without the renditions of their images (``get_context`` reads them with those
        of the page's own image)."""
        theme = self.primary_theme
        if theme is None:
            return ArticlePage.objects.none()
        others = (
            ArticlePage.objects.for_listing(audience)
            .prefetch_related(None)
            .of_theme(theme)
            .exclude(pk=self.pk)
        )
        return others[:RELATED_COUNT]

    @property
    def cache_tags(self):
        """The main theme's introduction and its other articles (the related articles)."""
        theme = self.primary_theme
        if theme is None:
            return (THEMES,)
        return (THEMES, RELATED_ARTICLES, theme_articles(theme.pk))

    def listed_in(self):
        """The listings, and the related articles of each of its themes."""
        return {ARTICLES, *(theme_articles(link.theme_id) for link in self.article_themes.all())}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["primary_theme"] = self.primary_theme
        related = list(self.related_articles(members_only.audience(request)))
        # The page's image, at the top and in link previews, and those of the related
        # articles: their renditions in one query.
        renditions.prefetch(([self], "listing_image"), (related, "listing_image"))
        context["related_articles"] = related
        return context


class ArticleTheme(Orderable):
    """An article's theme; the first in order is its main theme."""

    page = ParentalKey(ArticlePage, related_name="article_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey(
        "core.ThemePage",
        verbose_name=_("theme"),
        related_name="article_links",
        on_delete=models.CASCADE,
        db_index=False,  # articles_of_theme below serves lookups by theme
    )

    panels = [FieldPanel("theme")]

    class Meta(Orderable.Meta):
        verbose_name = _("theme of an article")
        verbose_name_plural = _("themes of an article")
        constraints = [
            models.UniqueConstraint(fields=["page", "theme"], name="unique_theme_per_article"),
        ]
        indexes = [
            # A theme's articles straight from the index, without reading the table.
            models.Index(fields=["theme", "page"], name="articles_of_theme"),
        ]
