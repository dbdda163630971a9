"""The page cache: anonymous visitors get stored pages, and no change leaves one stale."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sociaalwerk.core.cache_tags import ARTICLES
from sociaalwerk.core.models import SiteSettings
from sociaalwerk.page_cache import store
from sociaalwerk.page_cache.tags import page_tag
from tests.factories import AuthorFactory, BlogPageFactory, NewsPageFactory, StandardPageFactory

LISTINGS = [
    "/",
    "/thema/sociale-verbondenheid/",
    "/thema/sociale-verbondenheid/nieuws/",
    "/nieuws/",
    "/feeds/artikelen/",
    "/feeds/thema/sociale-verbondenheid/",
    "/sitemap.xml",
]


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run ``action`` and then what it scheduled for after the commit, as a request would."""

    def commit(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return commit


@pytest.fixture
def article(content_site):
    return NewsPageFactory(
        parent=content_site.news_index, title="Eerste bericht", themes=[content_site.theme]
    )


def publish(page):
    page.save_revision().publish()


def fetch(client, url, **headers):
    """The response and the number of SQL queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def text(response):
    return b"".join(response) if response.streaming else response.content


def assert_served_from_cache(client, url):
    response, queries = fetch(client, url)
    assert response.status_code == 200 and queries == 0, url
    return response


def warm(client, urls):
    for url in urls:
        response, queries = fetch(client, url)
        assert response.status_code == 200 and queries > 0, url
        assert_served_from_cache(client, url)


def test_a_second_visit_is_answered_from_the_cache_without_sql(client, cached, article):
    first, queries = fetch(client, "/")
    assert queries > 0
    second = assert_served_from_cache(client, "/")
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=0, s-maxage=0, must-revalidate"
    assert second["ETag"] == first["ETag"]
    assert second["X-Frame-Options"] == "DENY"


def test_every_page_type_and_feed_is_cached(client, cached, content_site):
    blog = BlogPageFactory(parent=content_site.blog_index, authors=[AuthorFactory()])
    standard = StandardPageFactory(parent=content_site.home)
    warm(client, [*LISTINGS, "/thema/", "/blogs/", blog.url, standard.url])


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


def test_publishing_a_new_article_refreshes_every_listing(client, cached, commit, article):
    warm(client, LISTINGS)
    draft = NewsPageFactory(
        parent=article.get_parent(),
        title="Nieuw bericht",
        themes=[article.primary_theme],
        live=False,
    )
    commit(publish, draft)
    for url in LISTINGS:
        assert draft.url in text(client.get(url)).decode(), url


def test_editing_an_article_refreshes_it_and_leaves_unrelated_pages_cached(
    client, cached, commit, content_site, article
):
    about = StandardPageFactory(parent=content_site.news_index.get_parent(), title="Over ons")
    about.show_in_menus = False
    about.save()
    warm(client, [article.url, about.url])
    article.title = "Bijgewerkt bericht"
    commit(publish, article)
    assert "Bijgewerkt bericht" in client.get(article.url).content.decode()
    assert_served_from_cache(client, about.url)


def test_unpublishing_or_deleting_an_article_removes_it_everywhere(client, cached, commit, article):
    other = NewsPageFactory(
        parent=article.get_parent(), title="Tweede bericht", themes=[article.primary_theme]
    )
    warm(client, [*LISTINGS, article.url, other.url])
    commit(article.unpublish)
    commit(other.delete)
    for url in LISTINGS:
        html = text(client.get(url)).decode()
        assert article.url not in html and other.url not in html, url
    assert client.get(article.url).status_code == 404
    assert client.get(other.url).status_code == 404


def test_moving_a_page_refreshes_the_menu_and_its_old_address(client, cached, commit, content_site):
    about = StandardPageFactory(parent=content_site.home, title="Over ons", slug="over-ons")
    about.show_in_menus = True
    commit(publish, about)
    warm(client, ["/", "/over-ons/"])
    target = StandardPageFactory(parent=content_site.home, title="Organisatie", slug="organisatie")
    commit(about.move, target, pos="last-child")
    old_address = client.get("/over-ons/")  # Wagtail redirects the old address
    assert old_address.status_code == 301 and old_address["Location"] == "/organisatie/over-ons/"
    assert 'href="/organisatie/over-ons/"' not in client.get("/").content.decode()
    assert client.get("/organisatie/over-ons/").status_code == 200


def test_editing_an_author_refreshes_only_the_pages_that_show_them(
    client, cached, commit, content_site, article
):
    author = AuthorFactory(name="Anna de Vries")
    blog = BlogPageFactory(parent=content_site.blog_index, authors=[author])
    commit(publish, blog)  # records the author in the reference index, as the editor does
    warm(client, [blog.url, article.url])
    author.name = "Anna van Dijk"
    commit(author.save)
    assert "Anna van Dijk" in client.get(blog.url).content.decode()
    assert_served_from_cache(client, article.url)


def test_editing_the_site_settings_refreshes_every_page(client, cached, commit, article):
    warm(client, ["/", article.url])
    site_settings = SiteSettings.for_site(article.get_site())
    site_settings.address = "Postbus 99"
    commit(site_settings.save)
    for url in ["/", article.url]:
        assert "Postbus 99" in client.get(url).content.decode(), url


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, cached, commit, article):
    warm(client, [article.url])
    commit(
        PageViewRestriction.objects.create,
        page=article,
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim",
    )
    response = client.get(article.url)
    assert response.status_code == 200 and "wachtwoord" in response.content.decode().lower()
    assert "Een korte samenvatting" not in response.content.decode()
    assert response["Cache-Control"] != "public, max-age=0, s-maxage=0, must-revalidate"


def test_a_publish_during_rendering_makes_that_rendering_stale(
    client, cached, commit, monkeypatch, article
):
    """The cached copy is dated before the view reads the database."""
    serve = NewsPageFactory._meta.model.serve

    def serve_then_publish(page, request, *args, **kwargs):
        response = serve(page, request, *args, **kwargs)
        store._bump([page_tag(page.pk)])
        return response

    monkeypatch.setattr(NewsPageFactory._meta.model, "serve", serve_then_publish)
    client.get(article.url)
    monkeypatch.undo()
    response, queries = fetch(client, article.url)
    assert response.status_code == 200 and queries > 0


def test_a_tag_the_cache_lost_counts_as_changed(client, cached, article):
    warm(client, ["/"])
    cache.delete(f"page-cache:tag:{ARTICLES}")
    _, queries = fetch(client, "/")
    assert queries > 0
    assert_served_from_cache(client, "/")


def test_logged_in_editors_get_fresh_private_pages(client, cached, admin_user, article):
    client.force_login(admin_user)
    response = client.get(article.url)
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}
    assert "wagtail-userbar" in response.content.decode()
    client.logout()
    client.cookies.clear()
    response, queries = fetch(client, article.url)
    assert queries > 0 and "wagtail-userbar" not in response.content.decode()


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


def test_clear_page_cache_refreshes_pages_changed_outside_wagtail(client, cached, commit, article):
    warm(client, [article.url])
    NewsPageFactory._meta.model.objects.filter(pk=article.pk).update(title="Bulk bijgewerkt")
    assert_served_from_cache(client, article.url)
    commit(call_command, "clear_page_cache", stdout=io.StringIO())
    assert "Bulk bijgewerkt" in client.get(article.url).content.decode()
