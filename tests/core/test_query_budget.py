"""Query budgets: every page type renders in as many queries with 3 articles as with 50."""

import pytest

from tests.helpers import (
    PAGES,
    QUERY_BUDGET,
    add_articles,
    queries_for,
    site_root_path_reads,
    warm_up,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", [*PAGES, "news page", "blog page", "publication page"])
def test_every_page_renders_in_the_same_number_of_queries_with_3_or_50_articles(
    client, content_site, name
):
    first = add_articles(content_site, 3)
    url = (
        PAGES.get(name)
        or next(
            p for p in first if p.specific_class.__name__.lower().startswith(name.split()[0])
        ).url
    )
    warm_up(client, url)
    with_three = queries_for(client, url)
    add_articles(content_site, 47)
    # The first request after a change also counts the overviews' filters afresh
    # (``core.filter_counts``); the next ones read the counts kept.
    first_after_the_change = queries_for(client, url)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, (
        f"{name}: {with_three} queries with 3 articles, {with_fifty} with 50"
    )
    assert max(first_after_the_change, with_fifty) <= QUERY_BUDGET, (
        f"{name}: {first_after_the_change} queries after the change, {with_fifty} then"
    )
    # Card links are built with the request, which keeps the site root paths: one
    # cache read per page, not one per card.
    assert site_root_path_reads(client, url) <= 1


def test_a_deep_archive_page_lists_the_right_articles_in_as_many_queries_as_the_first(
    client, content_site
):
    articles = add_articles(content_site, 45)
    newest_first = sorted(articles, key=lambda article: (article.date, article.pk), reverse=True)
    archive = "/thema/sociale-verbondenheid/nieuws/"
    warm_up(client, archive)
    html = client.get(archive + "?page=3").content.decode()
    shown = [article for article in newest_first if f'href="{article.url}"' in html]
    assert shown == newest_first[40:]
    positions = [html.index(f'href="{article.url}"') for article in shown]
    assert positions == sorted(positions)
    assert queries_for(client, archive + "?page=3") == queries_for(client, archive)


# The routes that are not pages of the tree, each with articles to show.
ROUTES = {
    "search results": "/zoeken/?q=artikel",
    "articles feed": "/feeds/artikelen/",
    "articles feed, Atom": "/feeds/artikelen/atom/",
    "news feed": "/feeds/nieuws/",
    "theme feed": "/feeds/thema/sociale-verbondenheid/",
    "sitemap": "/sitemap.xml",
}


@pytest.mark.parametrize("name", ROUTES)
def test_every_route_answers_in_the_same_number_of_queries_with_3_or_50_articles(
    client, content_site, name
):
    url = ROUTES[name]
    add_articles(content_site, 3)
    warm_up(client, url)
    with_three = queries_for(client, url)
    add_articles(content_site, 47)
    with_fifty = queries_for(client, url)
    assert with_three == with_fifty, f"{name}: {with_three} queries with 3, {with_fifty} with 50"
    assert with_fifty <= QUERY_BUDGET, f"{name}: {with_fifty} queries"
