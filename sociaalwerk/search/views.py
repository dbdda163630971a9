"""The site search at /zoeken/: every page type, Dutch full text on PostgreSQL,
filters by article type and theme, editors' promoted results first."""

from django.core.paginator import Paginator
from django.shortcuts import render
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from sociaalwerk.core.models import ArticlePage, ArticleTheme
from sociaalwerk.search.forms import SearchForm

RESULTS_PER_PAGE = 10


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
    """Whether the backend ranked only a window of the matches (see ``backend``):
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
        "search/search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "promoted": promoted,
            "window_full": window_full,
        },
    )
