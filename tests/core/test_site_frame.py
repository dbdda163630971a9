"""The site frame: home page, navigation and footer, as a visitor gets them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from sociaalwerk.core.models import StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_renders_demo_content_in_dutch(client, demo_site):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert 'href="#main"' in html and "Naar de inhoud" in html
    assert "<h1>Sociaal Werk Nederland</h1>" in html


def test_footer_links_to_membership_and_contact(client, demo_site):
    response = client.get("/")
    footer = response.content.decode().split('<footer class="site-footer">', 1)[1]
    assert '<a href="/lid-worden/">Lid worden</a>' in footer
    assert '<a href="/contact/">Contact</a>' in footer
    assert "3511 DR Utrecht" in footer


def test_main_menu_marks_the_current_page(client, demo_site):
    response = client.get("/contact/")
    assert response.status_code == 200
    assert '<a href="/contact/" aria-current="page">Contact</a>' in response.content.decode()


def test_an_unknown_address_is_a_404_also_before_any_site_exists(client, db):
    Site.objects.all().delete()
    response = client.get("/bestaat-niet.pdf")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


SECTIONS = ["/thema/", "/nieuws/", "/agenda/", "/lid-worden/", "/contact/"]


def test_a_404_offers_the_site_search_and_the_main_sections(client, demo_site):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode().split("<main", 1)[1]
    assert '<form class="not-found__search" method="get" action="/zoeken/" role="search">' in html
    assert 'name="q"' in html
    sections = html.split('class="not-found__sections"', 1)[1]
    for path in SECTIONS:
        assert f'href="{path}"' in sections


def test_a_404_before_any_site_exists_still_offers_the_search(client, db):
    Site.objects.all().delete()
    html = client.get("/bestaat-niet/").content.decode()
    assert 'action="/zoeken/"' in html and "not-found__sections" not in html


def test_a_404_renders_in_as_many_queries_with_more_sections(client, home_page):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/bestaat-niet/").status_code == 404
        return len(captured)

    def add_section(number):
        # Published, as editors do: the menu is kept across requests until a publish
        # changes it (core.site_frame).
        section = home_page.add_child(
            instance=StandardPage(
                title=f"Sectie {number}", slug=f"sectie-{number}", show_in_menus=True, live=False
            )
        )
        section.save_revision().publish()

    add_section(1)
    client.get("/bestaat-niet/")  # warm the per-process caches
    with_one = queries()
    for number in range(2, 7):
        add_section(number)
    html = client.get("/bestaat-niet/").content.decode()
    assert 'href="/sectie-6/"' in html.split("not-found__sections", 1)[1]
    assert queries() == with_one
