"""The contact page renders within the query budget of every page."""

import pytest

from tests.helpers import QUERY_BUDGET, queries_for, warm_up

pytestmark = pytest.mark.django_db


def test_the_contact_page_renders_within_the_query_budget(client, contact_page):
    warm_up(client, contact_page.url)
    assert queries_for(client, contact_page.url) <= QUERY_BUDGET
