"""Where the site offers its calendars: to subscribe to on the agenda page and on
theme pages (a visible link and a <link> in the head), and an event's own file on its
page."""

import html
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from sociaalwerk.core.models import SiteSettings
from tests.agenda.calendar_helpers import AGENDA, CALENDAR_TYPE, THEME, event
from tests.core.helpers import translated

pytestmark = pytest.mark.django_db

CALENDAR_LINK = re.compile(
    r'<link rel="alternate" type="text/calendar" title="([^"]*)" href="([^"]*)">'
)


def calendar_links(response):
    return {
        href: html.unescape(title)
        for title, href in CALENDAR_LINK.findall(response.content.decode())
    }


def test_the_agenda_page_offers_the_agenda_to_subscribe_to(client, content_site):
    response = client.get("/agenda/")
    page = response.content.decode()
    title = translated("Agenda – {site_name}", site_name="Sociaal Werk Nederland")
    assert calendar_links(response) == {AGENDA: title}
    assert 'href="webcal://localhost/agenda/agenda.ics"' in page
    assert "<code>http://localhost/agenda/agenda.ics</code>" in page
    assert translated("Subscribe to the agenda") in page
    # The past events offer the same.
    assert calendar_links(client.get("/agenda/afgelopen/")) == {AGENDA: title}


def test_an_agenda_filtered_by_theme_offers_the_theme_as_well(client, content_site):
    event(content_site, 3)
    page = client.get("/agenda/?thema=sociale-verbondenheid").content.decode()
    assert 'href="webcal://localhost/agenda/agenda.ics"' in page
    assert 'href="webcal://localhost/agenda/thema/sociale-verbondenheid.ics"' in page
    label = translated("Subscribe to the agenda on {theme}", theme="Sociale verbondenheid")
    assert html.escape(label) in page


def test_a_theme_page_offers_its_agenda_to_subscribe_to(client, content_site):
    response = client.get("/thema/sociale-verbondenheid/")
    assert calendar_links(response) == {
        THEME: translated(
            "Agenda: {theme} – {site_name}",
            theme="Sociale verbondenheid",
            site_name="Sociaal Werk Nederland",
        )
    }
    page = response.content.decode()
    assert 'href="webcal://localhost/agenda/thema/sociale-verbondenheid.ics"' in page
    assert "agenda/agenda.ics" not in page


def test_other_pages_offer_no_calendar(client, content_site):
    shown = event(content_site, 3)
    for url in ("/", "/nieuws/", "/thema/", shown.url):
        response = client.get(url)
        assert calendar_links(response) == {}, url
        assert b"webcal://" not in response.content, url


def test_every_offered_calendar_exists(client, content_site):
    for url in ("/agenda/", "/agenda/?thema=sociale-verbondenheid", "/thema/sterke-sociale-basis/"):
        page = client.get(url).content.decode()
        for address in re.findall(r'href="webcal://localhost([^"]+)"', page):
            response = client.get(address)
            assert response.status_code == 200 and response["Content-Type"] == CALENDAR_TYPE


def test_the_calendar_links_add_no_query_to_a_theme_page(content_site, django_assert_num_queries):
    theme = content_site.theme
    request = RequestFactory().get(theme.url)
    SiteSettings.for_request(request)  # as the page title does
    template = Template("{% load feed_tags %}{% feed_links %}{% calendar_subscriptions %}")
    with django_assert_num_queries(0):
        rendered = template.render(Context({"page": theme, "request": request}))
    assert rendered.count("webcal://") == 1 and rendered.count("text/calendar") == 2


def test_an_event_page_offers_its_calendar_file(client, content_site):
    shown = event(content_site, 3, slug="regiobijeenkomst")
    page = client.get(shown.url).content.decode()
    assert 'href="/agenda/activiteit/regiobijeenkomst.ics"' in page
    assert translated("Add to your calendar") in page
    assert client.get("/agenda/activiteit/regiobijeenkomst.ics").status_code == 200


@pytest.mark.parametrize("fields", [{"status": "cancelled"}, {"days": -3}])
def test_a_cancelled_or_past_event_offers_no_calendar_file(client, content_site, fields):
    days = fields.pop("days", 3)
    shown = event(content_site, days, **fields)
    page = client.get(shown.url).content.decode()
    assert ".ics" not in page
