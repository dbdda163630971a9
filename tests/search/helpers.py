"""Helpers of the search's tests."""

import contextlib

from django.conf import settings

from sociaalwerk.search import slots


def found_titles(client, query_string):
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    return [r.title for r in (response.context["results"] or [])]


@contextlib.contextmanager
def all_search_slots_taken():
    """Every slot of this process held, as by searches that are ranking."""
    with contextlib.ExitStack() as held:
        for _ in range(settings.SEARCH_CONCURRENCY):
            held.enter_context(slots.slot())
        yield
