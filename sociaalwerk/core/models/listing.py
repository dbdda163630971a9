from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import filter_counts, members_only, rich_text, used_query
from sociaalwerk.core.cache_tags import ARTICLES, THEMES
from sociaalwerk.core.forms import ArticleFilterForm
from sociaalwerk.core.models.articles import ArticlePage, ArticleTheme
from sociaalwerk.core.models.themes import ThemePage
from sociaalwerk.core.pagination import ListingPaginator
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import OneQueryViewRestrictions

INDEX_PAGE_SIZE = 12


def themes_with(counts):
    """The live themes among ``counts`` ((theme id, count) pairs), in menu order, each
    with ``item_count``, its count: one query by primary key."""
    if not counts:
        return ThemePage.objects.none()
    return (
        ThemePage.objects.live()
        .filter(pk__in=[theme_id for theme_id, _count in counts])
        .annotate(
            item_count=Case(
                *(When(pk=theme_id, then=Value(count)) for theme_id, count in counts),
                output_field=IntegerField(),
            )
        )
        .order_by("path")
    )


class ArticleIndexPage(OneQueryViewRestrictions, Page):
    """Base of the news, blog and publication overviews: their articles, newest first,
    paginated and filterable by theme and year. Subclasses name ``article_model``, the
    type of their children and their feed."""

    # Each overview once, directly under the home page.
    parent_page_types = ["core.HomePage"]
    max_count = 1

    article_model = ArticlePage
    # Redactie writes the articles below it, through the approval workflow.
    editorial_section = True
    # The articles, and the themes in the filter.
    cache_tags = (ARTICLES, THEMES)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown above the list. One or two sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_articles(self, audience=members_only.PUBLIC):
        # The tree rules make every child an ``article_model``; the common table is
        # enough for the cards and saves a join in each listing query.
        return ArticlePage.objects.child_of(self).for_listing(audience)

    @property
    def article_type(self):
        """The type of the articles listed, as the article pages name it."""
        return self.article_model.article_type

    def get_filter_form(self, request, articles, audience):
        theme_counts, years = filter_counts.kept(
            f"{self.pk}:{audience}",
            lambda: (self.theme_counts(articles), self.years_covered(articles)),
        )
        return ArticleFilterForm(request.GET, themes=themes_with(theme_counts), years=years)

    @staticmethod
    def theme_counts(articles):
        """How many of ``articles`` each theme has, as (theme id, count); one query,
        grouping their theme links."""
        return list(
            ArticleTheme.objects.filter(page__in=articles.order_by().values("pk"))
            .order_by()
            .values_list("theme")
            .annotate(count=Count("pk"))
        )

    @staticmethod
    def years_covered(articles):
        """The years in which ``articles`` appeared, newest first, as (year, count):
        one GROUP BY that reads the date of every article of the overview."""
        return list(
            articles.order_by()
            .prefetch_related(None)
            .annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")
            .values_list("year", "count")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audience = members_only.audience(request)
        articles = self.get_articles(audience)
        filter_form = self.get_filter_form(request, articles, audience)
        paginator = ListingPaginator(
            filter_form.filter(articles), INDEX_PAGE_SIZE, count=filter_form.filtered_count()
        )
        used_query.record(request, **filter_form.used_values())
        context["filter_form"] = filter_form
        context["articles"] = paginator.page_for(request)
        return context
