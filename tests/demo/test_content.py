"""The demo content: each seed page is reached from the home page and shows its seed."""

import datetime
import re
from decimal import Decimal
from html import unescape

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from members.fees import calculate, scale_for_indication
from sociaalwerk.demo import seeds

pytestmark = pytest.mark.django_db


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


def test_articles_lead_and_show_the_intro_of_their_theme_below_them(client, demo_site):
    for path in list(SEED_PAGES)[2:]:
        html = client.get(path).content.decode()
        intro = html.index('class="theme-intro"')
        assert html.index("<h1>") < html.index("</article>") < intro, path
        assert "Een beschaafde wereld is een sociale wereld" in html[intro:]
        # The label above the title names the theme and leads to it.
        label = html[html.index('class="article__label"') : html.index("<h1>")]
        assert 'href="/thema/sociale-verbondenheid/"' in label, path


def test_theme_page_lists_the_ten_latest_news_items_of_its_seed_in_order(client, demo_site):
    html = client.get("/thema/sociale-verbondenheid/").content.decode()
    latest = html[html.index("Laatste nieuws") : html.index('class="agenda-block"')]
    titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', latest)
    expected = [seed["title"] for seed in seeds.news.NEWS if seed["date"].year == 2023]
    assert [unescape(t) for t in titles] == expected
    assert len(titles) == 10
    assert latest.count('<span class="card__type">Nieuws</span>') == 10


def test_the_agenda_has_upcoming_and_past_events_whenever_the_demo_is_loaded(client, demo_site):
    upcoming = client.get("/agenda/").content.decode()
    past = client.get("/agenda/afgelopen/").content.decode()
    assert upcoming.count('class="card event-card') >= 4
    assert "Jaarcongres Sociaal Werk" in upcoming and "Geannuleerd" in upcoming
    assert "Ledenvergadering najaar" in past
    # The theme pages show their own events.
    theme = client.get("/thema/sociale-verbondenheid/").content.decode()
    assert "Regiobijeenkomst Noord" in theme[theme.index('class="agenda-block"') :]


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


def test_the_publication_document_is_linked_by_its_title_type_and_size(client, demo_site):
    html = client.get("/publicaties/concullegas-in-het-sociaal-domein/").content.decode()
    assert re.search(
        r"download>Concullega’s in het sociaal domein \(masterscriptie\)</a> "
        r'<span class="documents__info">\(PDF, \d+ kB\)</span>',
        html,
    )


def test_intros_the_real_site_cut_off_end_in_an_ellipsis(client, demo_site):
    html = client.get("/nieuws/").content.decode()
    excerpts = re.findall(r'<p class="card__excerpt">([^<]*)</p>', html)
    assert excerpts
    for excerpt in excerpts:
        assert unescape(excerpt).endswith((".", "!", "?", "…", "”", '"', ")", ":")), excerpt
    assert "zoals afgesproken door…" in html


def test_the_home_page_introduces_the_association_and_leads_to_its_parts(client, demo_site):
    html = client.get("/").content.decode()
    hero = html[html.index('class="home-hero') : html.index('class="home-themes"')]
    assert "<h1>Sociaal Werk Nederland</h1>" in hero and "branchevereniging" in hero
    assert 'class="home-hero__image"' in hero and 'alt=""' in hero
    themes = html[html.index('class="home-themes"') : html.index('class="latest-news"')]
    assert "Onze thema’s" in themes or "Onze thema's" in unescape(themes)
    assert 'href="/thema/sociale-verbondenheid/"' in themes
    assert 'href="/thema/sterke-sociale-basis/"' in themes
    news = html[html.index('class="latest-news"') : html.index('class="agenda-block"')]
    assert '<a href="/nieuws/">Al het nieuws</a>' in news
    agenda = html[html.index('class="agenda-block"') : html.index(">Lid worden</h2>")]
    assert agenda.count('class="card event-card') == 3
    invitation = html[html.index(">Lid worden</h2>") :]
    assert '<a class="button" href="/lid-worden/">Word lid</a>' in invitation


def test_demo_articles_events_and_themes_have_pictures(demo_site):
    from agenda.models import EventPage
    from sociaalwerk.core.models import ArticlePage, ThemePage

    assert not ArticlePage.objects.filter(listing_image=None).exists()
    assert not EventPage.objects.filter(image=None).exists()
    assert not ThemePage.objects.filter(image=None).exists()
    assert demo_site.hero_image is not None
    # Neighbours in a listing differ.
    latest = ArticlePage.objects.order_by("-date")[:6]
    assert len({article.listing_image_id for article in latest}) == 6


def test_articles_show_their_picture_under_the_lead(client, demo_site):
    html = client.get("/nieuws/sociale-psychiatrie-in-de-wijk/").content.decode()
    lead = html.index('class="article__intro"')
    assert lead < html.index('class="article__image"') < html.index('class="article__body"')


def test_the_home_page_title_is_the_site_name_once(client, demo_site):
    html = client.get("/").content.decode()
    assert "<title>Sociaal Werk Nederland</title>" in html
    # Other pages keep the site name after their own title.
    theme = client.get("/thema/sociale-verbondenheid/").content.decode()
    assert "<title>Sociale verbondenheid | Sociaal Werk Nederland</title>" in theme


def test_the_demo_has_a_members_only_page_news_item_and_document(client, demo_site):
    pages = [
        Page.objects.get(slug=seeds.members_only.HELPDESK_PAGE["slug"]),
        Page.objects.get(slug=seeds.members_only.NEWS["slug"]),
    ]
    document = get_document_model().objects.get(title=seeds.members_only.DOCUMENT["title"])
    assert document.collection.name == seeds.members_only.COLLECTION
    for url in (*(page.url for page in pages), document.url):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/inloggen/")
    news = client.get("/nieuws/").content.decode()
    assert unescape(pages[1].title) in unescape(news) and "card--members-only" in news


def test_the_demo_publishes_this_years_fees_so_lid_worden_shows_an_indication(demo_site):
    scale = scale_for_indication()
    assert scale.year == datetime.date.today().year
    assert calculate(scale, Decimal("1500000")).amount == Decimal("1350.00")
