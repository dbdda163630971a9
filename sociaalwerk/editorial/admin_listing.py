"""'Artikelen' in the admin menu: every article of every type in one flat listing,
with its type and publication date, filterable by type, theme and date; and a button
per type that opens the form for a new article of that type in its overview."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, MultipleContentTypeFilter
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets.button import Button, ButtonWithDropdown
from wagtail.models import Page

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


def overview_for_new(model, user):
    """The page under which ``user`` may add a new article of type ``model``, or None."""
    for parent in Page.objects.type(*model.allowed_parent_page_models()).specific():
        if model.can_create_at(parent) and parent.permissions_for_user(user).can_add_subpage():
            return parent
    return None


class ArticleIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        """'Artikel toevoegen' offers the types and opens the chosen type's form under its
        overview at once, where Wagtail's button first asks under which page it goes."""
        choices = []
        for priority, model in enumerate(article_classes()):
            parent = overview_for_new(model, self.request.user)
            if parent:
                url = reverse(
                    "wagtailadmin_pages:add",
                    args=[model._meta.app_label, model._meta.model_name, parent.pk],
                )
                label = capfirst(model._meta.verbose_name)
                choices.append(Button(label, url=url, icon_name="doc-full", priority=priority))
        if not choices:
            return []
        return [
            ButtonWithDropdown(
                label=_("Add article"),
                icon_name="plus",
                classname="w-header-button button",
                buttons=choices,
            )
        ]


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    menu_order = 110
    add_to_admin_menu = True
    name = "articles"
    index_view_class = ArticleIndexView
    filterset_class = ArticleFilterSet
    columns = [
        *IndexView.base_columns,
        # The date itself ("2 december 2026"), not Wagtail's "12 jaar geleden".
        Column("date", label=_("Publication date"), sort_key="date", width="12%"),
    ]


article_listing_viewset = ArticleListingViewSet("articles")
