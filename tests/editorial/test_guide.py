"""The editors' guide (docs/redactie.md) in the admin, reached from the Help menu."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from sociaalwerk.editorial.guide import GUIDE, PICTURES

pytestmark = pytest.mark.django_db

GUIDE_URL = "/admin/handleiding/"


@pytest.fixture
def staff_client(client):
    """Someone who may use the admin and nothing more: the guide is for every role."""
    user = get_user_model().objects.create_user("medewerker", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def test_the_help_menu_leads_to_the_sites_own_guide_not_wagtails(staff_client):
    dashboard = staff_client.get("/admin/").content.decode()
    assert GUIDE_URL in dashboard
    assert "Handleiding redactie" in dashboard
    assert "guide.wagtail.org" not in dashboard
    assert "docs.wagtail.org" not in dashboard


def test_the_guide_is_shown_with_its_chapters_and_working_links(staff_client):
    response = staff_client.get(GUIDE_URL)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    guide = soup.select_one(".editors-guide")
    chapters = [heading.get_text() for heading in guide.select("h2[id]")]
    assert "Een nieuwsbericht schrijven" in chapters
    contents = [link["href"] for link in guide.select("nav a")]
    assert len(contents) == len(chapters) - 1  # all but the heading of the contents
    anchors = {element["id"] for element in guide.select("[id]")}
    links = [link["href"] for link in guide.select("a[href^='#']")]
    assert links and {link[1:] for link in links} <= anchors
    pictures = [image["src"] for image in guide.select("img")]
    assert pictures and all(src.startswith(f"{GUIDE_URL}img/") for src in pictures)
    for src in pictures:
        picture = staff_client.get(src)
        assert picture.status_code == 200, src
        assert picture["Content-Type"] == "image/png"


def test_every_picture_the_guide_names_is_in_the_repository():
    names = re.findall(r"\]\(img/([^)]+)\)", GUIDE.read_text(encoding="utf-8"))
    assert names
    assert [name for name in names if not (PICTURES / name).is_file()] == []


@pytest.mark.parametrize("name", ["../redactie.md", "..%2Fredactie.md", "geen.png", "x.svg"])
def test_only_the_guides_pictures_are_served(staff_client, name):
    response = staff_client.get(f"{GUIDE_URL}img/{name}")
    assert response.status_code in (301, 404)
    assert b"Handleiding" not in b"".join(getattr(response, "streaming_content", [b""]))


def test_the_guide_and_its_pictures_need_a_login(client):
    for path in (GUIDE_URL, f"{GUIDE_URL}img/01-inloggen.png"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
