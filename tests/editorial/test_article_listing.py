"""The articles listing in the admin: filters, and its menu item only for those who work on
pages."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage
from news.models import NewsIndexPage
from publications.models import PublicationIndexPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION
from tests.factories import NewsPageFactory
from tests.helpers import article_in_news

pytestmark = pytest.mark.django_db


# As the date picker writes them (dd-mm-jjjj), and as addresses may hold them.
@pytest.mark.parametrize(
    ("first", "last"), [("01-01-2020", "31-12-2020"), ("2020-01-01", "2020-12-31")]
)
def test_article_listing_filters_by_type_theme_and_date(client, roles, demo_site, first, last):
    client.force_login(roles[CHIEF_EDITORS])
    theme = article_in_news(demo_site).primary_theme
    response = client.get(f"/admin/articles/?theme={theme.pk}&date_from={first}&date_to={last}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sociale psychiatrie in de wijk" in html
    assert "Sociaal werk met stokjes" not in html


def test_articles_menu_only_for_those_who_work_on_pages(client, roles):
    client.force_login(roles[MEMBER_ADMINISTRATION])
    assert '"url": "/admin/articles/"' not in client.get("/admin/").content.decode()
    client.force_login(roles[EDITORS])
    assert '"url": "/admin/articles/"' in client.get("/admin/").content.decode()


def test_add_article_offers_each_type_straight_to_its_form(client, roles):
    client.force_login(roles[EDITORS])
    soup = BeautifulSoup(client.get("/admin/articles/").content, "html.parser")
    menu = soup.find(string=re.compile("Artikel toevoegen")).find_parent(
        attrs={"data-controller": re.compile("w-dropdown")}
    )
    choices = {link.get_text(strip=True): link["href"] for link in menu.find_all("a")}
    assert choices == {
        "Blog": f"/admin/pages/add/blog/blogpage/{BlogIndexPage.objects.get().pk}/",
        "Nieuwsbericht": f"/admin/pages/add/news/newspage/{NewsIndexPage.objects.get().pk}/",
        "Publicatie": (
            f"/admin/pages/add/publications/publicationpage/"
            f"{PublicationIndexPage.objects.get().pk}/"
        ),
    }
    form = client.get(choices["Nieuwsbericht"])
    assert form.status_code == 200
    assert "Nieuw: Nieuwsbericht" in form.content.decode()
    assert "choose_parent" not in str(soup.select_one("header"))


DATED = [("Oudste", datetime.date(2012, 3, 5)), ("Nieuwste", datetime.date(2030, 1, 2))]


def test_article_listing_shows_the_publication_date_and_sorts_by_it(client, roles, demo_site):
    client.force_login(roles[CHIEF_EDITORS])
    demo_article = article_in_news(demo_site)
    for title, date in DATED:
        NewsPageFactory(
            parent=NewsIndexPage.objects.get(),
            themes=[demo_article.primary_theme],
            title=title,
            date=date,
        )
    html = client.get("/admin/articles/?ordering=date").content.decode()
    # The cell holds the date, not how long ago it was (with the date only in a tooltip).
    assert re.search(r"<td[^>]*>\s*5 maart 2012\s*</td>", html)
    assert html.index("Oudste") < html.index(demo_article.title) < html.index("Nieuwste")
    html = client.get("/admin/articles/?ordering=-date").content.decode()
    assert re.search(r"<td[^>]*>\s*2 januari 2030\s*</td>", html)
    assert html.index("Nieuwste") < html.index("Oudste")
