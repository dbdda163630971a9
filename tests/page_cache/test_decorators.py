"""What urls.py declares cacheable: every page type and feed; never forms, the admin or
search."""

from tests.factories import AuthorFactory, BlogPageFactory, StandardPageFactory
from tests.page_cache.helpers import LISTINGS, fetch, warm


def test_every_page_type_and_feed_is_cached(client, cached, content_site):
    blog = BlogPageFactory(parent=content_site.blog_index, authors=[AuthorFactory()])
    standard = StandardPageFactory(parent=content_site.home)
    warm(client, [*LISTINGS, "/thema/", "/blogs/", blog.url, standard.url])


def test_form_pages_are_never_cached(client, cached, membership_page):
    first, second = client.get("/lid-worden/"), client.get("/lid-worden/")
    assert "no-cache" in first["Cache-Control"] and "private" in first["Cache-Control"]
    token = 'name="form_token" value="'
    html_first, html_second = first.content.decode(), second.content.decode()
    assert html_first.split(token)[1][:40] != html_second.split(token)[1][:40]


def test_the_admin_and_search_are_not_cached(client, cached, article):
    for url in ["/zoeken/?q=bericht", "/admin/login/"]:
        client.get(url)
        response, queries = fetch(client, url)
        assert queries > 0, url
        assert "public" not in response["Cache-Control"], url
