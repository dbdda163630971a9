"""A change makes stale only the pages that show it: a page that shows what changed is
never served stale, and a page that does not stays cached (the busiest moment, a news
item just out, must not meet an empty cache)."""

import pytest

from sociaalwerk.core.models import ArticleTheme
from tests.factories import BlogPageFactory, StandardPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch, publish, text, warm


def standard_page(parent, title, slug, in_menu=False, body="<p>Tekst van de pagina.</p>"):
    page = StandardPageFactory(parent=parent, title=title, slug=slug, body=body)
    page.show_in_menus = in_menu
    page.save_revision().publish()
    return page


@pytest.fixture
def unrelated(content_site):
    """A page that shows no article, no theme and no other page but itself."""
    return standard_page(content_site.home, "Over ons", "over-ons")


def assert_rendered_afresh(client, url, *expected):
    response, queries = fetch(client, url)
    html = text(response).decode()
    assert response.status_code == 200 and queries > 0, url
    for snippet in expected:
        assert snippet in html, (url, snippet)


def test_publishing_a_news_item_refreshes_what_lists_it_and_keeps_the_rest_cached(
    client, cached, commit, content_site, article, unrelated
):
    blog = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.other_theme])
    listing_it = [
        article.url,
        content_site.news_index.url,
        content_site.theme.url,
        "/feeds/artikelen/",
        "/feeds/thema/sociale-verbondenheid/",
        "/",
    ]
    warm(client, [*listing_it, blog.url, unrelated.url])
    article.intro = "Een geheel herschreven samenvatting."
    commit(publish, article)
    for url in listing_it:
        assert_rendered_afresh(client, url, "Een geheel herschreven samenvatting.")
    assert_served_from_cache(client, blog.url)
    assert_served_from_cache(client, unrelated.url)


def test_publishing_an_article_refreshes_the_related_articles_of_its_theme(
    client, cached, commit, content_site, article
):
    same_theme = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.theme])
    warm(client, [same_theme.url])
    article.title = "Nieuwe kop"
    commit(publish, article)
    assert_rendered_afresh(client, same_theme.url, "Nieuwe kop")


def test_an_article_moved_to_another_theme_leaves_the_related_articles_of_the_old_one(
    client, cached, commit, content_site, article
):
    old_theme = BlogPageFactory(parent=content_site.blog_index, themes=[content_site.theme])
    warm(client, [old_theme.url])
    article.article_themes = [ArticleTheme(theme=content_site.other_theme)]
    commit(publish, article)
    assert article.url not in text(client.get(old_theme.url)).decode()


@pytest.mark.parametrize("section", ["theme_index", "news_index"])
def test_publishing_a_section_without_renaming_it_keeps_the_pages_below_and_beside_cached(
    client, cached, commit, content_site, article, unrelated, section
):
    section = getattr(content_site, section)
    section.show_in_menus = True
    commit(publish, section)
    below = article.url if section == content_site.news_index else content_site.theme.url
    warm(client, [section.url, below, unrelated.url])
    section.intro = "<p>Een nieuwe inleiding.</p>"
    commit(publish, section)
    assert_rendered_afresh(client, section.url, "Een nieuwe inleiding.")
    assert_served_from_cache(client, below)
    assert_served_from_cache(client, unrelated.url)


def test_renaming_a_section_in_the_menu_refreshes_every_page(
    client, cached, commit, content_site, article, unrelated
):
    news = content_site.news_index
    news.show_in_menus = True
    commit(publish, news)
    warm(client, [unrelated.url, article.url, "/"])
    news.title = "Actueel"
    commit(publish, news)
    for url in [unrelated.url, article.url, "/"]:
        assert_rendered_afresh(client, url, ">Actueel</a>")


def test_a_page_new_in_the_menu_appears_on_every_page(
    client, cached, commit, content_site, unrelated
):
    warm(client, [unrelated.url, "/"])
    commit(standard_page, content_site.home, "Lid worden", "lid-worden", in_menu=True)
    for url in [unrelated.url, "/"]:
        assert_rendered_afresh(client, url, 'href="/lid-worden/"')


def test_renaming_a_page_refreshes_the_breadcrumbs_below_it_only(
    client, cached, commit, content_site, unrelated
):
    organisation = standard_page(content_site.home, "Organisatie", "organisatie")
    board = standard_page(organisation, "Bestuur", "bestuur")
    members = standard_page(board, "Leden", "leden")
    warm(client, [board.url, members.url, unrelated.url])
    organisation.title = "Onze organisatie"
    commit(publish, organisation)
    for url in [board.url, members.url]:
        assert_rendered_afresh(client, url, ">Onze organisatie</a>")
    assert_served_from_cache(client, unrelated.url)


def test_a_new_slug_refreshes_every_address_below_it_and_the_links_to_them(
    client, cached, commit, content_site, unrelated
):
    organisation = standard_page(content_site.home, "Organisatie", "organisatie")
    board = standard_page(organisation, "Bestuur", "bestuur")
    linking = standard_page(
        content_site.home,
        "Contactpersonen",
        "contactpersonen",
        body=f'<p>Zie <a linktype="page" id="{board.pk}">het bestuur</a>.</p>',
    )
    commit(publish, linking)  # records the link in the reference index
    warm(client, [board.url, linking.url, unrelated.url])
    organisation.slug = "vereniging"
    commit(publish, organisation)
    assert client.get("/organisatie/bestuur/").status_code in (301, 404)
    assert_rendered_afresh(client, "/vereniging/bestuur/", 'href="/vereniging/"')
    assert_rendered_afresh(client, linking.url, 'href="/vereniging/bestuur/"')
    assert_served_from_cache(client, unrelated.url)


def test_moving_a_page_refreshes_its_old_and_new_places_and_keeps_the_rest_cached(
    client, cached, commit, content_site, unrelated
):
    organisation = standard_page(content_site.home, "Organisatie", "organisatie")
    association = standard_page(content_site.home, "Vereniging", "vereniging")
    board = standard_page(organisation, "Bestuur", "bestuur")
    members = standard_page(board, "Leden", "leden")
    warm(client, [organisation.url, association.url, board.url, members.url, unrelated.url])
    commit(board.move, association, pos="last-child")
    for old_address in ["/organisatie/bestuur/", "/organisatie/bestuur/leden/"]:
        assert client.get(old_address).status_code == 301, old_address
    assert_rendered_afresh(client, "/vereniging/bestuur/leden/", 'href="/vereniging/bestuur/"')
    assert_rendered_afresh(client, organisation.url)
    assert_rendered_afresh(client, association.url)
    assert_served_from_cache(client, unrelated.url)
