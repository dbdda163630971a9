"""The public directory's listing: active member organisations, searched and filtered
by the query string. Only public facts are read: never KvK numbers or contact persons."""

from django.db.models import Count, Q

from members.models.organisations import MemberOrganisation
from members.provinces import Province
from sociaalwerk.core import used_query
from sociaalwerk.core.pagination import ListingPaginator

# The page cache's tag of what the directory shows: the active organisations, their
# municipalities and logos (see signal_handlers).
CACHE_TAG = "member-directory"
PER_PAGE = 20
# Longer searches match nothing useful; cutting them keeps the query cheap. A longer
# ``?q=`` is answered (with the cut term) but not stored in the page cache, which
# keeps only what the page used: junk terms make no large entries.
MAX_SEARCH_LENGTH = 60


def active_organisations():
    return MemberOrganisation.objects.filter(status=MemberOrganisation.Status.ACTIVE)


def search_term(request):
    """``?q=`` without control characters (PostgreSQL refuses NUL in text), cut short."""
    term = "".join(char for char in request.GET.get("q", "") if char.isprintable())
    return term.strip()[:MAX_SEARCH_LENGTH]


def chosen_province(request):
    """The province ``?provincie=`` asks for, or None for an unknown one (all shown)."""
    value = request.GET.get("provincie", "")
    return value if value in Province.values else None


def matching(queryset, term):
    if not term:
        return queryset
    return queryset.filter(
        Q(name__icontains=term)
        | Q(city__icontains=term)
        | Q(
            pk__in=MemberOrganisation.municipalities.through.objects.filter(
                municipality__name__icontains=term
            ).values("memberorganisation_id")
        )
    )


def province_counts(queryset):
    """Every province with active members that match the search, with its count, in
    one aggregate query."""
    counts = dict(queryset.order_by().values_list("province").annotate(n=Count("pk")))
    return [(value, label, counts[value]) for value, label in Province.choices if value in counts]


def listing(request):
    """The context of the directory for this request."""
    term = search_term(request)
    province = chosen_province(request)
    found = matching(active_organisations(), term)
    shown = found.filter(province=province) if province else found
    shown = (
        shown.order_by("name", "pk")
        .only("name", "city", "province", "website", "logo")
        .select_related("logo")
        .prefetch_related("municipalities")
    )
    paginator = ListingPaginator(shown, PER_PAGE)
    organisations = paginator.page_for(request)
    used_query.record(request, q=term or None, provincie=province)
    return {
        "organisations": organisations,
        "search_term": term,
        "province": province,
        "provinces": province_counts(found),
    }
