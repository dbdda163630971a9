"""Serving from the cache: anonymous visitors get a stored page without SQL, revalidated by
its ETag; logged-in editors get a fresh, private page."""

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch


def test_a_second_visit_is_answered_from_the_cache_without_sql(client, cached, article):
    first, queries = fetch(client, "/")
    assert queries > 0
    second = assert_served_from_cache(client, "/")
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=0, s-maxage=0, must-revalidate"
    assert second["ETag"] == first["ETag"]
    assert second["X-Frame-Options"] == "DENY"


def test_a_hit_says_so_in_its_headers_and_a_render_does_not(client, cached, article):
    assert "X-Cache" not in fetch(client, article.url)[0]
    assert assert_served_from_cache(client, article.url)["X-Cache"] == "hit"


def test_an_unchanged_page_is_answered_with_304(client, cached, article):
    etag = client.get(article.url)["ETag"]
    for _ in range(2):  # from the rendering and from the cache
        response = client.get(article.url, headers={"if-none-match": etag})
        assert response.status_code == 304 and response.content == b""
    assert client.get(article.url, headers={"if-none-match": '"other"'}).status_code == 200


def test_tracking_parameters_share_the_cached_page_but_listing_pages_do_not(
    client, cached, content_site
):
    for number in range(25):
        NewsPageFactory(
            parent=content_site.news_index, title=f"Bericht {number}", themes=[content_site.theme]
        )
    url = "/thema/sociale-verbondenheid/nieuws/"
    fetch(client, url)
    assert_served_from_cache(client, url + "?utm_source=nieuwsbrief&fbclid=abc")
    second_page, queries = fetch(client, url + "?page=2")
    assert queries > 0 and b"Bericht 0" in second_page.content


def test_logged_in_editors_get_fresh_private_pages(client, cached, admin_user, article):
    client.force_login(admin_user)
    response = client.get(article.url)
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}
    assert "wagtail-userbar" in response.content.decode()
    client.logout()
    client.cookies.clear()
    response, queries = fetch(client, article.url)
    assert queries > 0 and "wagtail-userbar" not in response.content.decode()
