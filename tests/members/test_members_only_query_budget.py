"""Listings mark members-only articles in their own query: as many queries with 3 as
with 50 articles, some of them members-only, for a visitor and for a member."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from sociaalwerk.core.members_only import MEMBERS_GROUP
from tests.factories import ContactPersonFactory
from tests.helpers import PAGES, QUERY_BUDGET, add_articles, queries_for, warm_up

pytestmark = pytest.mark.django_db

# What being logged in costs, whatever the page lists: the session, the user, the
# admin bar's two permission checks, whether the user is a member (for the listings)
# and the restrictions of the page (to refuse a non-member rather than loop to the login).
LOGGED_IN_EXTRA = {"visitor": 0, "member": 6}


def make_some_members_only(articles, group):
    for article in articles[::2]:
        restriction = PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([group])


@pytest.mark.parametrize("who", ["visitor", "member"])
@pytest.mark.parametrize("name", [*PAGES, "search results"])
def test_listings_with_members_only_articles_take_the_same_queries_with_3_or_50(
    client, content_site, who, name
):
    group = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    if who == "member":
        client.force_login(ContactPersonFactory().user)
    url = PAGES.get(name, "/zoeken/?q=artikel")
    make_some_members_only(add_articles(content_site, 3), group)
    warm_up(client, url)
    with_three = queries_for(client, url)
    make_some_members_only(add_articles(content_site, 47), group)
    # A new restriction renews the site frame, which the next request reads again.
    warm_up(client, url)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, f"{name}: {with_three} queries with 3, {with_fifty} with 50"
    assert with_fifty <= QUERY_BUDGET + LOGGED_IN_EXTRA[who], f"{name}: {with_fifty}"
