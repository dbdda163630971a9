"""Pagination of article listings that stays cheap on the last page of a big archive."""

from django.core.paginator import Paginator


class ListingPaginator(Paginator):
    """Reads a page in two steps: first the ids of its articles, then those articles.

    A page deep in a theme's archive makes the database sort and skip every earlier
    article; doing that on ids alone, instead of on full page rows, keeps the skip
    small enough for memory, so page 250 costs about what page 1 does. The second
    step keeps the queryset's ``select_related`` and ``prefetch_related``.
    """

    def _get_page(self, object_list, number, paginator):
        ids = list(object_list.values_list("pk", flat=True))
        articles = self.object_list.filter(pk__in=ids).in_bulk()
        return super()._get_page([articles[pk] for pk in ids], number, paginator)
