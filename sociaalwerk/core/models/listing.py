from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core import rich_text, used_query
from sociaalwerk.core.cache_tags import ARTICLES, THEMES
from sociaalwerk.core.forms import ArticleFilterForm
from sociaalwerk.core.models.articles import ArticlePage
from sociaalwerk.core.models.themes import ThemePage
from sociaalwerk.core.pagination import ListingPaginator
from sociaalwerk.core.panels import PROMOTE_PANELS

INDEX_PAGE_SIZE = 12


class ArticleIndexPage(Page):
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

    def get_articles(self):
        # The tree rules make every child an ``article_model``; the common table is
        # enough for the cards and saves a join in each listing query.
        return ArticlePage.objects.child_of(self).for_listing()

    @property
    def article_type(self):
        """The type of the articles listed, as the article pages name it."""
        return self.article_model.article_type

    def get_filter_form(self, request, articles):
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
        used_query.record(request, **filter_form.used_values())
        context["filter_form"] = filter_form
        context["articles"] = paginator.page_for(request)
        return context
