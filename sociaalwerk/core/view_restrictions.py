"""Which pages a view restriction (login, group or password) hides, read from the
database in every request and never cached: members-only content must not leak from
a cache that a worker has not yet seen change.

Wagtail reads the restrictions twice per page: once to check the page served (its
ancestors, then their restrictions) and once more for every ``.public()`` listing (all
restrictions, to build a filter). Here both are part of one query each: the check is
a single query by tree path, and ``public()`` is a subquery of the listing itself, so
a page costs one restriction query however many listings it shows.
"""

from django.db.models import Q
from django.db.models.expressions import RawSQL
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet


def ancestor_paths(page):
    """The tree paths of ``page`` and of every page above it, read from its own path."""
    return [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]


class OneQueryViewRestrictions:
    """For every page type of the site: the restrictions that apply to a page in one
    query, where Wagtail first reads the page's ancestors."""

    def get_view_restrictions(self):
        """The restrictions of the page and of the pages above it. As in Wagtail, an
        alias (or an alias above the page) is restricted as the page it repeats; its
        own restrictions, which Wagtail copies from that page, count as well."""
        paths = ancestor_paths(self)
        sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__in=sources))


class RestrictionAwarePageQuerySet(PageQuerySet):
    """``public()``, ``not_public()`` and ``private()`` with the restrictions read in
    the query itself, rather than in a query of their own beforehand."""

    def private_q(self):
        # A filter on ``id`` (a subquery), which the search backends can apply to their
        # results too, unlike a bare EXISTS. The subquery starts from the few
        # restrictions and finds each one's pages as a range of the path index (a
        # page's path begins with its ancestors', in digits and capitals), rather than
        # testing every page of the site against every restriction.
        highest = LAST_PATH_CHARACTER * Page._meta.get_field("path").max_length
        return Q(id__in=RawSQL(PRIVATE_PAGE_IDS, [highest]))  # noqa: S611 - no input in it


# Paths are made of 0-9 and A-Z: none sorts after a path padded with Z.
LAST_PATH_CHARACTER = "Z"
# The restricted pages and the pages below them. Raw SQL, as the ORM joins only along
# relations; it holds table names and a constant, nothing a visitor sends.
PRIVATE_PAGE_IDS = (
    "SELECT page.id"  # noqa: S608
    f" FROM {PageViewRestriction._meta.db_table} restriction"
    f" JOIN {Page._meta.db_table} restricted ON restricted.id = restriction.page_id"
    f" JOIN {Page._meta.db_table} page"
    " ON page.path >= restricted.path AND page.path <= restricted.path || %s"
)
