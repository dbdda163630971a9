"""The site search at /zoeken/: every page type, Dutch full text on PostgreSQL,
filters by kind of page (article type, or "agenda") and theme, editors' promoted
results first."""

import functools
import operator

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from sociaalwerk.core.models import ArticlePage, ArticleTheme
from sociaalwerk.search import kinds
from sociaalwerk.search.forms import SearchForm

RESULTS_PER_PAGE = 10


def search_results(query, kind=None, theme=None):
    """Live, public pages matching ``query``: with a kind, pages of that kind only (an
    article type, or a page type that declares its kind: events); with a theme, the
    articles and events of that theme only."""
    # The search backend filters on indexed fields only: themes narrow by id.
    if model := kinds.page_class(kind):
        pages = model.objects.live().public()
        if theme:
            pages = pages.filter(pk__in=model.objects.of_theme(theme).values("pk"))
    elif kind:
        pages = ArticlePage.objects.live().public().of_types([kind])
        if theme:
            pages = pages.filter(pk__in=ArticleTheme.objects.filter(theme=theme).values("page_id"))
    elif theme:
        themed = [
            ArticleTheme.objects.filter(theme=theme).values("page_id"),
            *(model.objects.of_theme(theme).values("pk") for model in kinds.page_classes()),
        ]
        pages = (
            Page.objects.live()
            .public()
            .filter(functools.reduce(operator.or_, (Q(pk__in=ids) for ids in themed)))
        )
    else:
        pages = Page.objects.live().public()
    return pages.search(query)


def with_details(results):
    """Each result with its page as its kind has it (an ArticlePage, an EventPage: for
    label, date and excerpt), or None: a query per kind for the whole page of results,
    whatever types it holds."""
    ids = [page.pk for page in results]
    details = ArticlePage.objects.in_bulk(ids)
    for model in kinds.page_classes():
        if rest := [pk for pk in ids if pk not in details]:
            details |= model.objects.in_bulk(rest)
    for page in results:
        page.detail = details.get(page.pk)
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
        with_details(results.object_list)
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
            # Clearing the filters keeps the words searched for.
            "unfiltered_url": reverse("search") + (f"?{urlencode({'q': query})}" if query else ""),
        },
    )
