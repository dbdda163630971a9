"""The site frame: home page, navigation and footer, as a visitor gets them."""

import pytest
from wagtail.models import Site

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
