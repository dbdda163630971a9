"""Every page that shows events renders in as many queries with 3 events as with 50."""

import pytest

from tests.agenda.helpers import add_events
from tests.helpers import QUERY_BUDGET, queries_for, site_root_path_reads, warm_up

pytestmark = pytest.mark.django_db

PAGES = {
    "agenda": "/agenda/",
    "agenda, filtered": "/agenda/?thema=sociale-verbondenheid",
    "agenda, last page": "/agenda/?page=99",
    "past events": "/agenda/afgelopen/",
    "theme": "/thema/sociale-verbondenheid/",
    "home": "/",
}


@pytest.mark.parametrize("name", [*PAGES, "event"])
def test_the_same_number_of_queries_with_3_or_50_events(client, content_site, name):
    first = add_events(content_site, 3, past=3)
    url = PAGES.get(name) or first[0].url
    warm_up(client, url)
    with_three = queries_for(client, url)
    add_events(content_site, 47, past=47)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, f"{name}: {with_three} queries with 3, {with_fifty} with 50"
    assert with_fifty <= QUERY_BUDGET, f"{name}: {with_fifty} queries"
    # Card links are built with the request, which keeps the site root paths: one
    # cache read per page, not one per card.
    assert site_root_path_reads(client, url) <= 1
