from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import page_cache
from sociaalwerk.core.models.articles import ArticlePage
from sociaalwerk.core.page_cache import CachedPageMixin
from sociaalwerk.core.pagination import ListingPaginator
from sociaalwerk.core.panels import PROMOTE_PANELS

INDEX_PAGE_SIZE = 12


class ArticleFilterForm(forms.Form):
    """The theme and year filters of an index page; unknown values are ignored."""

    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, data, *, themes, years):
        super().__init__(data)
        self.fields["thema"].queryset = themes
        self.fields["jaar"].choices = [("", _("All years"))] + [(y, y) for y in years]

    def filter(self, articles):
        """``articles`` narrowed by the filters that are valid; invalid ones are ignored."""
        self.is_valid()  # cleaned_data then holds only the fields without errors
        if theme := self.cleaned_data.get("thema"):
            articles = articles.of_theme(theme)
        if year := self.cleaned_data.get("jaar"):
            articles = articles.in_year(year)
        return articles


class ArticleIndexPage(CachedPageMixin, Page):
    """Base of the news, blog and publication overviews: their articles, newest first,
    paginated and filterable by theme and year. Subclasses name ``article_model``, the
    type of their children and their feed."""

    article_model = ArticlePage
    # The articles, and the themes in the filter.
    cache_tags = (page_cache.ARTICLES, page_cache.THEMES)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the list. One or two sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_articles(self):
        # The tree rules make every child an ``article_model``; the common table is
        # enough for the cards and saves a join in each listing query.
        return ArticlePage.objects.child_of(self).for_listing()

    def get_filter_form(self, request, articles):
        from sociaalwerk.core.models.themes import ThemePage

        return ArticleFilterForm(
            request.GET, themes=ThemePage.objects.live(), years=self.years_covered(articles)
        )

    @staticmethod
    def years_covered(articles):
        """Every year from the newest article back to the oldest.

        Two index lookups, where listing the distinct years would read every article.
        """
        dates = articles.values_list("date", flat=True)
        newest, oldest = dates.order_by("-date").first(), dates.order_by("date").first()
        if newest is None:
            return []
        return list(range(newest.year, oldest.year - 1, -1))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.get_articles()
        filter_form = self.get_filter_form(request, articles)
        paginator = ListingPaginator(filter_form.filter(articles), INDEX_PAGE_SIZE)
        context["filter_form"] = filter_form
        context["articles"] = paginator.get_page(request.GET.get("page"))
        return context
