"""Which pages a view restriction (login, group or password) hides, read from the
database in every request and never cached: members-only content must not leak from
a cache that a worker has not yet seen change.

Wagtail reads the restrictions twice per page: once to check the page served (its
ancestors, then their restrictions) and once more for every ``.public()`` listing (all
restrictions, to build a filter). Here both are part of one query each: the check is
a single query by tree path, and ``public()`` is a subquery of the listing itself, so
a page costs one restriction query however many listings it shows.

Members-only pages (``members_only``) are those that only the members' restriction
hides: ``listable()`` keeps them beside the public pages, and ``members_only_q()`` tells
them apart in the same query, so that a listing marks them without a query per item.
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from django.db.models.expressions import RawSQL
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from sociaalwerk.core.members_only import MEMBERS_GROUP


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
        return Q(id__in=RawSQL(PRIVATE_PAGE_IDS, [_highest_path()]))  # noqa: S611 - no input in it

    def listable(self):
        """Public pages and members-only pages: none that another restriction (a
        password, a login, another group) hides, which no listing ever shows."""
        return self.exclude(id__in=_pages_under(OTHER_RESTRICTIONS))


def members_only_q():
    """Pages under the members' restriction. Within ``listable()`` these are the
    members-only pages; a filter on ``id`` (a subquery), as ``private_q``."""
    return Q(id__in=_pages_under(MEMBERS_RESTRICTION))


def listable_q():
    """``listable()`` as a filter, for querysets of any page type (the search)."""
    return ~Q(id__in=_pages_under(OTHER_RESTRICTIONS))


def _highest_path():
    return LAST_PATH_CHARACTER * Page._meta.get_field("path").max_length


def _pages_under(condition):
    """The ids of the pages under a restriction that meets ``condition``."""
    return RawSQL(  # noqa: S611 - table names and constants; the group name is a parameter
        f"{PRIVATE_PAGE_IDS} WHERE {condition}",
        [_highest_path(), PageViewRestriction.GROUPS, MEMBERS_GROUP],
    )


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

# A restriction to groups that include the members' group: every member passes it.
_chosen = PageViewRestriction.groups.field
MEMBERS_RESTRICTION = (
    "restriction.restriction_type = %s AND EXISTS ("  # noqa: S608
    f" SELECT 1 FROM {_chosen.m2m_db_table()} chosen"
    f" JOIN {Group._meta.db_table} chosen_group"
    f" ON chosen_group.id = chosen.{_chosen.m2m_reverse_name()}"
    f" WHERE chosen.{_chosen.m2m_column_name()} = restriction.id"
    " AND chosen_group.name = %s)"
)
OTHER_RESTRICTIONS = f"NOT ({MEMBERS_RESTRICTION})"
