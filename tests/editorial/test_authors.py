"""Authors in the admin: managed as snippets."""

import pytest

pytestmark = pytest.mark.django_db


def test_authors_are_managed_as_snippets(editor_client):
    response = editor_client.get("/admin/snippets/core/author/add/")
    assert response.status_code == 200
    assert "Functie en organisatie" in response.content.decode()
