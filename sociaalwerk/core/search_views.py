"""The site search at /zoeken/: every page type, Dutch full text on PostgreSQL,
filters by article type and theme, editors' promoted results first."""

import re

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from sociaalwerk.core.article_types import article_type_choices
from sociaalwerk.core.models import ArticlePage, ArticleTheme, ThemePage

RESULTS_PER_PAGE = 10
QUERY_NOISE = re.compile(r"[^\w\s'’-]|(?<!\w)[-'’]|[-'’](?!\w)")
# Longer queries are cut: nobody types more, and it bounds the work of the database.
MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """What visitors search for; invalid filters are ignored, never an error."""

    q = forms.CharField(label=_("Search for"), required=False)
    soort = forms.ChoiceField(label=_("Type"), required=False)
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.live().order_by("title"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )

    def __init__(self, data):
        super().__init__(data)
        self.fields["soort"].choices = [("", _("All types")), *article_type_choices()]
        self.fields["q"].widget.attrs.update(type="search", autocomplete="off")

    def clean_q(self):
        """Words only: operators and quotes mean something to the database's full-text
        syntax (an unmatched quote breaks SQLite's), and nothing to a visitor."""
        words = QUERY_NOISE.sub(" ", self.cleaned_data["q"])
        return " ".join(words.split())[:MAX_QUERY_LENGTH].strip()


def search_results(query, article_type=None, theme=None):
    """Live, public pages matching ``query``; with a type or theme, articles only."""
    if article_type or theme:
        pages = ArticlePage.objects.live().public().of_types([article_type] if article_type else [])
        if theme:
            # The search backend filters on indexed fields only: narrow by id.
            ids = ArticleTheme.objects.filter(theme=theme).values("page_id")
            pages = pages.filter(pk__in=ids)
    else:
        pages = Page.objects.live().public()
    return pages.search(query)


def with_article_details(results):
    """Each result with its ArticlePage (for type, date and excerpt) or None: one query
    for the whole page of results, whatever types it holds."""
    articles = ArticlePage.objects.in_bulk([page.pk for page in results])
    for page in results:
        page.article = articles.get(page.pk)
    return results


def is_window_full(result_count):
    """Whether the backend ranked only a window of the matches (see search_backend):
    then more pages match than are shown."""
    window = getattr(get_search_backend(), "ranking_window", None)
    return window is not None and result_count >= window


def promotions(query):
    """The editors' promoted results for ``query`` (read only: searching writes nothing)."""
    return (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )


def search(request):
    form = SearchForm(request.GET)
    form.is_valid()  # invalid filters drop out of cleaned_data and are ignored
    query = form.cleaned_data.get("q", "")
    results = promoted = None
    window_full = False
    if query:
        found = search_results(
            query, form.cleaned_data.get("soort"), form.cleaned_data.get("thema")
        )
        results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        window_full = is_window_full(results.paginator.count)
        with_article_details(results.object_list)
        if results.number == 1:
            promoted = [p for p in promotions(query) if p.page is None or p.page.live]
    return render(
        request,
        "core/search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "promoted": promoted,
            "window_full": window_full,
        },
    )
