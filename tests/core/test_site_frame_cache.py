"""The site frame (settings, footer links, menu) is kept across requests and read anew
exactly when it changes: as the page cache decides for its ``site`` tag."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from sociaalwerk.core import site_frame
from sociaalwerk.core.models import FooterLink, SiteSettings
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.helpers import warm_up

pytestmark = pytest.mark.django_db


def reads_the_frame(sql):
    selected, _, condition = sql.partition(" WHERE ")
    return (
        'FROM "core_sitesettings"' in selected
        or 'FROM "core_footerlink"' in selected
        or '"show_in_menus")' in condition
    )


def frame_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [query["sql"] for query in queries.captured_queries if reads_the_frame(query["sql"])]


def menu(client):
    html = client.get("/").content.decode()
    return html[html.index('class="main-menu"') : html.index("</nav>")]


def footer(client):
    html = client.get("/").content.decode()
    return html[html.index('class="site-footer"') :]


def test_the_frame_is_read_once_for_all_requests(client, content_site):
    warm_up(client, "/")
    for url in ["/", "/nieuws/", "/thema/"]:
        assert frame_queries(client, url) == [], url


def draft_in_menu(home, title="Over ons"):
    page = StandardPageFactory(parent=home, title=title, show_in_menus=True, live=False)
    page.save_revision()
    return page


def test_a_menu_page_published_unpublished_or_renamed_shows_at_once(client, content_site):
    warm_up(client, "/")
    page = draft_in_menu(content_site.home)
    assert "Over ons" not in menu(client)
    page.get_latest_revision().publish()
    assert "Over ons" in menu(client)
    page.title = "Wie we zijn"
    page.save_revision().publish()
    assert "Wie we zijn" in menu(client) and "Over ons" not in menu(client)
    page.refresh_from_db()
    page.unpublish()
    assert "Wie we zijn" not in menu(client)


def test_show_in_menus_changed_shows_at_once(client, content_site):
    page = StandardPageFactory(parent=content_site.home, title="Over ons", show_in_menus=False)
    warm_up(client, "/")
    assert "Over ons" not in menu(client)
    page.show_in_menus = True
    page.save_revision().publish()
    assert "Over ons" in menu(client)


def test_a_page_moved_into_the_menu_shows_at_once(client, content_site):
    page = StandardPageFactory(parent=content_site.theme, title="Over ons", show_in_menus=True)
    warm_up(client, "/")
    assert "Over ons" not in menu(client)
    page.move(content_site.home, pos="last-child")
    assert "Over ons" in menu(client)


def test_settings_and_footer_links_changed_show_at_once(client, content_site):
    warm_up(client, "/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.address = "Postbus 99"
    site_settings.save()
    assert "Postbus 99" in footer(client)
    link = FooterLink.objects.create(settings=site_settings, page=content_site.theme_index)
    assert f'href="{content_site.theme_index.url}"' in footer(client)
    content_site.theme_index.title = "Alle thema's"
    content_site.theme_index.save_revision().publish()
    assert "Alle thema&#x27;s" in footer(client)
    link.delete()
    assert "Alle thema&#x27;s" not in footer(client)


def test_an_article_published_leaves_the_frame_as_it_is(client, content_site):
    warm_up(client, "/")
    before = site_frame.GENERATION.current()
    article = NewsPageFactory(parent=content_site.news_index, live=False)
    article.save_revision().publish()
    assert site_frame.GENERATION.current() == before
    assert frame_queries(client, "/") == []
