"""robots.txt: the admin and the search are closed to crawlers, the sitemap is named."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_disallows_admin_and_search_and_names_the_sitemap(client, content_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /zoeken/",
    ]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.post("/robots.txt").status_code == 405
