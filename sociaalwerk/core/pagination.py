"""Pagination of article listings that stays cheap on the last page of a big archive."""

from django.core.paginator import Paginator

from sociaalwerk.core import used_query


class ListingPaginator(Paginator):
    """Reads a page in one query that picks the ids of its articles in a subquery and
    then reads those articles.

    The ids come from whichever end of the listing is nearer, so the last page of a
    theme's archive reads a handful of rows from the oldest end of the date index
    instead of skipping every newer article; a page in the middle sorts and skips
    ids only, not whole page rows. A subquery rather than a query of its own for the
    ids keeps a listing within the query budget. The order must be total (end on the
    primary key) for the two ends to agree.

    The outer query reads the page's rows by primary key alone, with the queryset's
    order, ``select_related``, ``only``, ``prefetch_related`` and annotations
    (``members_only``) but not its filters: the ids already passed them, and repeated
    (a theme's join, the restrictions' subquery) they led PostgreSQL to scan the whole
    table.

    ``count``, when the caller knows it, spares the query that would count the listing.
    """

    def __init__(self, object_list, per_page, *, count=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        if count is not None:
            self.count = count  # Paginator.count is a cached_property: this is its value

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.object_list.values("pk")
        if bottom <= self.count - top:
            page_ids = ids[bottom:top]
        else:
            page_ids = ids.reverse()[self.count - top : self.count - bottom]
        return self._get_page(list(self.rows(page_ids)), number, self)

    def rows(self, page_ids):
        listing = self.object_list
        rows = listing.model._default_manager.filter(pk__in=page_ids)
        rows.query.select_related = listing.query.select_related
        rows.query.deferred_loading = listing.query.deferred_loading
        return (
            rows.annotate(**listing.query.annotations)
            .prefetch_related(*listing._prefetch_related_lookups)
            .order_by(*listing.query.order_by)
        )

    def page_for(self, request):
        """The page ``?page=`` asks for, else the nearest that exists (the first for
        anything but a number); recorded as used, the first page as no number at all,
        as its address has none."""
        page = self.get_page(request.GET.get("page"))
        used_query.record(request, page=page.number if page.number > 1 else None)
        return page
