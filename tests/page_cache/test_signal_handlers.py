"""No change leaves a cached page stale: what publishing, editing, moving, deleting and
restricting refresh, and what they leave cached."""

from wagtail.models import PageViewRestriction

from sociaalwerk.core.models import SiteSettings
from tests.factories import AuthorFactory, BlogPageFactory, NewsPageFactory, StandardPageFactory
from tests.page_cache.helpers import LISTINGS, assert_served_from_cache, publish, text, warm


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
