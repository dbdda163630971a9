"""The site search at /zoeken/: every page type, Dutch full text on PostgreSQL,
filters by kind of page (article type, or "agenda") and theme, editors' promoted
results first.

Members find members-only pages among the others (``core.members_only``). Everyone
else searches the public pages, and is shown apart the members-only articles whose
*title* holds the words, with their title and lead, marked "Alleen voor leden": never
one found by words in its text, which they may not read.

Ranking is the expensive part: a repeated search takes its page of results from the
cache (``result_cache``), and only a limited number rank at once (``slots``); a search
that finds every slot taken is answered with 503 and a request to try again.
"""

import functools
import operator

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from sociaalwerk.core import members_only
from sociaalwerk.core.models import ArticlePage, ArticleTheme
from sociaalwerk.core.view_restrictions import listable_q, members_only_q
from sociaalwerk.search import kinds, result_cache, slots
from sociaalwerk.search.forms import SearchForm

RESULTS_PER_PAGE = 10
# The members-only articles a visitor is shown beside the results, on their first page.
MEMBERS_ONLY_RESULTS = 5
# When a visitor turned away because every search slot was taken may try again.
BUSY_RETRY_AFTER_SECONDS = 5


def visible(pages, audience):
    """The pages of ``pages`` that ``audience`` may find by any word: members-only ones
    for members, public ones for everyone else."""
    if audience == members_only.MEMBERS:
        return pages.filter(listable_q())
    return pages.public()


def search_results(query, kind=None, theme=None, audience=members_only.VISITORS):
    """Live pages matching ``query`` that ``audience`` may find (``visible``): with a
    kind, pages of that kind only (an article type, or a page type that declares its
    kind: events); with a theme, the articles and events of that theme only."""
    # The search backend filters on indexed fields only: themes narrow by id.
    if model := kinds.page_class(kind):
        pages = visible(model.objects.live(), audience)
        if theme:
            pages = pages.filter(pk__in=model.objects.of_theme(theme).values("pk"))
    elif kind:
        pages = visible(ArticlePage.objects.live(), audience).of_types([kind])
        if theme:
            pages = pages.filter(pk__in=ArticleTheme.objects.filter(theme=theme).values("page_id"))
    elif theme:
        themed = [
            ArticleTheme.objects.filter(theme=theme).values("page_id"),
            *(model.objects.of_theme(theme).values("pk") for model in kinds.page_classes()),
        ]
        pages = visible(Page.objects.live(), audience).filter(
            functools.reduce(operator.or_, (Q(pk__in=ids) for ids in themed))
        )
    else:
        pages = visible(Page.objects.live(), audience)
    return pages.search(query)


def members_only_matches(query, kind=None, theme=None):
    """For a visitor who is not a member: the ids of the members-only articles (not
    hidden from them) of the kind and theme whose title matches ``query``, best first.
    By the title alone, so that no word of a text they may not read finds it."""
    if kinds.page_class(kind):
        return ()
    articles = ArticlePage.objects.live().visible_to(members_only.VISITORS).filter(members_only_q())
    if kind:
        articles = articles.of_types([kind])
    if theme:
        articles = articles.filter(
            pk__in=ArticleTheme.objects.filter(theme=theme).values("page_id")
        )
    found = ArticlePage.objects.filter(pk__in=articles.values("pk")).search(query, fields=["title"])
    return tuple(article.pk for article in found[:MEMBERS_ONLY_RESULTS])


def rank(query, kind, theme, page_number, audience=members_only.VISITORS):
    """The expensive part: the ``result_cache.RankedPage`` of the search (``page_number``
    as asked for, the nearest page if there is no such page), and the pages it found."""
    found = search_results(query, kind, theme, audience)
    page = Paginator(found, RESULTS_PER_PAGE).get_page(page_number)
    shown_apart = page.number == 1 and audience == members_only.VISITORS
    ranked_page = result_cache.RankedPage(
        ids=tuple(result.pk for result in page.object_list),
        number=page.number,
        count=page.paginator.count,
        members_only_ids=members_only_matches(query, kind, theme) if shown_apart else (),
    )
    return ranked_page, list(page.object_list)


def ranked(query, kind, theme, page_number, audience=members_only.VISITORS):
    """The ``RankedPage`` of the search, from the cache or ranked in a slot of this
    process, and the pages it found when it was ranked here (None from the cache);
    raises ``slots.Busy`` if no slot came free in time."""
    key = result_cache.key(query, kind, theme, page_number, audience)
    if hit := result_cache.lookup(key):
        return hit, None
    with slots.slot():
        # The same search may have been ranked by a request this one waited behind.
        if hit := result_cache.lookup(key):
            return hit, None
        clock = result_cache.read_clock(key)
        page, found = rank(query, kind, theme, page_number, audience)
    result_cache.save(key, clock, page, page_number)
    return page, found


def results_page(ranked_page, found=None):
    """The page of results (for the template and its pagination) of a ``RankedPage``:
    the pages ``found`` when it was just ranked, else read again by their ids."""
    results = found
    if results is None:
        pages = Page.objects.in_bulk(ranked_page.ids)
        results = [pages[pk] for pk in ranked_page.ids if pk in pages]
    paginator = Paginator(range(ranked_page.count), RESULTS_PER_PAGE)
    return PaginatorPage(results, ranked_page.number, paginator)


def with_details(results, members_only_ids=()):
    """Each result with its page as its kind has it (an ArticlePage, an EventPage: for
    label, date and excerpt), or None; and the members-only articles of
    ``members_only_ids``, in their order. A query per kind for the whole page of
    results, whatever types it holds: the members-only articles come with its articles."""
    ids = [page.pk for page in results]
    details = ArticlePage.objects.in_bulk([*ids, *members_only_ids])
    for model in kinds.page_classes():
        if rest := [pk for pk in ids if pk not in details]:
            details |= model.objects.in_bulk(rest)
    for page in results:
        page.detail = details.get(page.pk)
    return [details[pk] for pk in members_only_ids if pk in details]


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
    context = {
        "form": form,
        "query": query,
        "results": None,
        "promoted": None,
        "window_full": False,
        "members_only_results": None,
        # Clearing the filters keeps the words searched for.
        "unfiltered_url": reverse("search") + (f"?{urlencode({'q': query})}" if query else ""),
    }
    if query:
        kind, theme = form.cleaned_data.get("soort"), form.cleaned_data.get("thema")
        audience = members_only.audience(request)
        try:
            ranked_page, found = ranked(
                query, kind, theme, request.GET.get("page") or "1", audience
            )
        except slots.Busy:
            return busy(request, context)
        results = context["results"] = results_page(ranked_page, found)
        context["window_full"] = is_window_full(results.paginator.count)
        context["members_only_results"] = with_details(
            results.object_list, ranked_page.members_only_ids
        )
        if results.number == 1:
            context["promoted"] = [p for p in promotions(query) if p.page is None or p.page.live]
    return render(request, "search/search.html", context)


def busy(request, context):
    """The search form with the visitor's words and a request to try again shortly:
    every search slot of this process stayed taken."""
    response = render(request, "search/search.html", {**context, "busy": True}, status=503)
    response["Retry-After"] = str(BUSY_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
