"""The demo loader builds the site once; a second run changes nothing."""

import io
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, PageLogEntry, Revision, Site

from blog.models import BlogPage
from news.models import NewsPage
from publications.models import PublicationPage
from sociaalwerk.core.models import ArticlePage, HomePage, SiteSettings
from sociaalwerk.demo import seed_articles
from tests.conftest import load_demo_content

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "settings": list(SiteSettings.objects.values()),
    }


def test_demo_content_replaces_the_welcome_page_with_the_home_page(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == demo_site
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_demo_content_is_idempotent():
    first = load_demo_content()
    before = snapshot()
    second = load_demo_content()
    assert "created" in first
    assert "nothing changed" in second
    assert snapshot() == before
    assert HomePage.objects.count() == 1


def test_demo_content_keeps_an_editors_change():
    load_demo_content()
    contact = Page.objects.get(slug="contact").specific
    contact.title = "Neem contact op"
    contact.save_revision().publish()
    load_demo_content()
    assert Page.objects.get(slug="contact").title == "Neem contact op"


@override_settings(DEBUG=True)
def test_dev_admin_is_created_once_and_can_log_in(client):
    out = io.StringIO()
    call_command("create_dev_admin", stdout=out)
    call_command("create_dev_admin", stdout=out)
    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
    assert "Log in at http://127.0.0.1:8000/admin/ as admin (password: admin" in out.getvalue()
    response = client.post("/admin/login/", {"username": "admin", "password": "admin"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=False)
def test_dev_admin_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("create_dev_admin", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


def crawl(client, start="/", limit=400):
    """Every internal page reachable from ``start`` by following links: {path: html}."""
    seen, queue = {}, [start]
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        seen[path] = html
        for href in re.findall(r'href="(/[^"#]*)"', html):
            href = href.replace("&amp;", "&")
            if not href.startswith(("/static/", "/documenten/", "/admin/")):
                queue.append(href)
    return seen


SEED_PAGES = {
    "/thema/sociale-verbondenheid/": ["Sociale verbondenheid", "Meer informatie", "Laatste nieuws"],
    "/thema/sterke-sociale-basis/": ["Een sterke sociale basis in wijken en buurten"],
    "/nieuws/sociale-psychiatrie-in-de-wijk/": [
        "Nieuwsbericht",
        "Sociale psychiatrie in de wijk",
        "28 april 2020",
        "1 minuut lezen",
        "Lees het hele artikel hier",
        "Sociaal werker Norbert Wijnhofen werkt in de omgeving van Nijmegen.",
    ],
    "/blogs/sociaal-werk-met-stokjes/": [
        "Sociaal werk met stokjes",
        "Wat China van ons leerde...en wij van hen.",
        "Marije van der Meij",
        "6 september 2018",
        "2 minuten lezen",
        "Toen aarzelde de tolk even…",
    ],
    "/publicaties/concullegas-in-het-sociaal-domein/": [
        "Publicatie",
        "Concullega’s in het sociaal domein",
        "Chris Bos",
        "1 oktober 2018",
        "1 minuut lezen",
        "1 document toegevoegd",
    ],
}


def test_each_seed_page_is_reached_from_the_home_page_and_shows_its_seed(client, demo_site):
    pages = crawl(client)
    for path, texts in SEED_PAGES.items():
        assert path in pages, f"{path} is not reachable from the home page"
        html = " ".join(pages[path].split())
        for text in texts:
            assert text in html, f"{path} lacks {text!r}"


def test_articles_show_the_intro_of_their_theme_above_them(client, demo_site):
    for path in list(SEED_PAGES)[2:]:
        html = client.get(path).content.decode()
        intro = html.index('class="theme-intro"')
        assert intro < html.index("<h1>"), path
        assert "Een beschaafde wereld is een sociale wereld" in html[intro:]


def test_theme_page_lists_the_ten_latest_news_items_of_its_seed_in_order(client, demo_site):
    html = client.get("/thema/sociale-verbondenheid/").content.decode()
    latest = html[html.index("Laatste nieuws") :]
    titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', latest)
    expected = [seed["title"] for seed in seed_articles.NEWS if seed["date"].year == 2023]
    assert [unescape(t) for t in titles] == expected
    assert len(titles) == 10
    assert latest.count('<span class="card__type">Nieuws</span>') == 10


def test_second_theme_lists_the_older_items_of_its_seed_under_their_types(client, demo_site):
    html = unescape(client.get("/thema/sterke-sociale-basis/nieuws/").content.decode())
    for title, label in [
        ("Column: Laat los, en improviseer", "Blog"),
        ("Korte reactie nav de uitzending van Nieuwsuur van 22 september 2014", "Nieuws"),
        ("Paradigmawisseling nodig bij decentralisatie jeugdzorg", "Nieuws"),
    ]:
        card = html[: html.index(title)].rsplit('class="card"', 1)[1]
        assert f'<span class="card__type">{label}</span>' in card


def test_publication_document_is_a_real_pdf(client, demo_site):
    html = client.get("/publicaties/concullegas-in-het-sociaal-domein/").content.decode()
    url = re.search(r'<a href="(/documenten/[^"]+\.pdf)" download>', html).group(1)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_generated_articles_are_added_once_with_a_progress_bar():
    output = load_demo_content("--articles", "30")
    assert "30/30" in output and "Generated articles: 30 created." in output
    before = ArticlePage.objects.count()
    assert "Generated articles: 0 created." in load_demo_content("--articles", "30")
    assert ArticlePage.objects.count() == before
    generated = ArticlePage.objects.filter(slug__startswith="demo-artikel-")
    assert {a.specific_class.article_type for a in generated} == {"news", "blog", "publication"}
    for model in (NewsPage, BlogPage, PublicationPage):
        of_type = model.objects.filter(slug__startswith="demo-artikel-")
        assert of_type.dates("date", "year").count() >= 10, model
    assert not generated.filter(article_themes__isnull=True).exists()
