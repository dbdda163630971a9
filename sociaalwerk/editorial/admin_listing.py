"""'Artikelen' in the admin menu: every article of every type in one flat listing,
with its type and publication date, filterable by type, theme and date."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, MultipleContentTypeFilter
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from sociaalwerk.core.article_types import article_classes
from sociaalwerk.core.models import ArticlePage, ThemePage


def article_content_types(request):
    return ContentType.objects.filter(
        pk__in=[ct.pk for ct in ContentType.objects.get_for_models(*article_classes()).values()]
    )


class ArticleFilterSet(PageFilterSet):
    content_type = MultipleContentTypeFilter(
        label=_("Type"), queryset=article_content_types, widget=CheckboxSelectMultiple
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        field_name="article_themes__theme",
        queryset=ThemePage.objects.order_by("title"),
    )
    date = django_filters.DateFromToRangeFilter(
        label=_("Publication date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ArticlePage
        fields = []


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    menu_order = 110
    add_to_admin_menu = True
    name = "articles"
    filterset_class = ArticleFilterSet
    columns = [
        *IndexView.base_columns,
        # The date itself ("2 december 2026"), not Wagtail's "12 jaar geleden".
        Column("date", label=_("Publication date"), sort_key="date", width="12%"),
    ]


article_listing_viewset = ArticleListingViewSet("articles")
