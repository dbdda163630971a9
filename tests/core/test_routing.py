"""Routing from the home page (``core.routing``) finds what Wagtail's walk down the
tree finds, in two queries however deep the address."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories import EventPageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def wagtails_route(home, path):
    """What Wagtail's own ``Page.route`` answers for ``path``: (page id, view args), or
    None for a 404."""
    return _outcome(lambda request, parts: Page.route(home, request, parts), path)


def our_route(home, path):
    return _outcome(home.route, path)


def _outcome(route, path):
    request = RequestFactory().get(path)
    try:
        result = route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
    view = result.args[0].__name__ if result.args else None
    return result.page.pk, type(result.page), view, result.args[1:]


@pytest.fixture
def tree(content_site):
    article = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    draft = NewsPageFactory(parent=content_site.news_index, live=False)
    about = StandardPageFactory(parent=content_site.home, slug="over-ons")
    nested = StandardPageFactory(parent=about, slug="bestuur")
    unpublished_parent = StandardPageFactory(parent=content_site.home, slug="concept", live=False)
    StandardPageFactory(parent=unpublished_parent, slug="onder-concept")
    # A child of a routable page with the slug of one of its sub-addresses: the
    # sub-address wins, as in Wagtail.
    StandardPageFactory(parent=content_site.theme, slug="nieuws")
    below_theme = StandardPageFactory(parent=content_site.theme, slug="eigen")
    event = EventPageFactory(parent=content_site.agenda)
    return {
        "article": article.url,
        "draft": content_site.news_index.url + draft.slug + "/",
        "nested": nested.url,
        "unpublished parent": "/concept/",
        "below unpublished": "/concept/onder-concept/",
        "shadowed": "/thema/sociale-verbondenheid/nieuws/",
        "below a routable page": below_theme.url,
        "theme archive": "/thema/sociale-verbondenheid/nieuws/",
        "theme, unknown sub-address": "/thema/sociale-verbondenheid/onbekend/",
        "event": event.url,
        "event registration": event.url + "aanmelden/",
        "past events": "/agenda/afgelopen/",
        "unknown": "/bestaat-niet/",
        "unknown below a page": "/nieuws/bestaat-niet/",
        "too deep": article.url + "verder/",
        "index": "/nieuws/",
    }


@pytest.mark.parametrize(
    "name",
    [
        "article",
        "draft",
        "nested",
        "unpublished parent",
        "below unpublished",
        "shadowed",
        "below a routable page",
        "theme archive",
        "theme, unknown sub-address",
        "event",
        "event registration",
        "past events",
        "unknown",
        "unknown below a page",
        "too deep",
        "index",
    ],
)
def test_routing_finds_what_wagtails_walk_finds(content_site, tree, name):
    home = content_site.home.specific
    assert our_route(home, tree[name]) == wagtails_route(home, tree[name])


def test_the_outcomes_are_what_a_visitor_expects(client, content_site, tree):
    home = content_site.home.specific
    assert our_route(home, tree["draft"]) is None
    assert our_route(home, tree["unknown below a page"]) is None
    assert our_route(home, tree["unpublished parent"]) is None
    assert our_route(home, tree["shadowed"])[2] == "archive"
    assert our_route(home, tree["below a routable page"])[2] is None
    assert client.get(tree["below unpublished"]).status_code == 200
    assert client.get(tree["draft"]).status_code == 404
    # Without the trailing slash: redirected to the address with one, as before.
    response = client.get(tree["nested"].rstrip("/"))
    assert response.status_code == 301 and response["Location"] == tree["nested"]


def test_a_deep_address_is_routed_in_two_queries(content_site, tree):
    home = content_site.home.specific
    with CaptureQueriesContext(connection) as queries:
        our_route(home, tree["nested"])
        our_route(home, tree["event registration"])
    assert len(queries) == 4


def test_only_the_pages_of_the_requested_site_are_found(content_site):
    other_home = StandardPageFactory(parent=Page.get_first_root_node(), slug="elders")
    StandardPageFactory(parent=other_home, slug="nieuws-elders")
    home = content_site.home.specific
    assert our_route(home, "/nieuws-elders/") is None


def test_the_breadcrumbs_show_the_pages_routing_went_through(client, content_site, tree):
    html = client.get(tree["nested"]).content.decode()
    breadcrumbs = html[html.index('class="breadcrumbs"') :]
    breadcrumbs = breadcrumbs[: breadcrumbs.index("</nav>")]
    assert 'href="/"' in breadcrumbs and 'href="/over-ons/"' in breadcrumbs
    assert 'aria-current="page"' in breadcrumbs
