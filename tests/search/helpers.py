"""Helpers of the search's tests."""


def found_titles(client, query_string):
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    return [r.title for r in (response.context["results"] or [])]
