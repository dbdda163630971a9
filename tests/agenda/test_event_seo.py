"""What search engines see of events: schema.org Event JSON-LD, the share image, the
sitemap, and the old website's calendar addresses as redirects."""

import datetime
import io
from xml.etree import ElementTree

import pytest
import wagtail_factories
from django.core.management import call_command

from tests.factories import EventPageFactory
from tests.seo.helpers import head_of

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def event(site, **fields):
    values = {
        "title": "Jaarcongres Sociaal Werk",
        "slug": "jaarcongres",
        "start_date": datetime.date(2026, 4, 14),
        "intro": "Een dag over de toekomst van het sociaal werk.",
        "venue": "Jaarbeurs",
        "street_address": "Jaarbeursplein 6",
        "postcode": "3521 AL",
        "city": "Utrecht",
        "themes": [site.theme],
    }
    return EventPageFactory(parent=site.agenda, **{**values, **fields})


def json_ld(client, page):
    [data] = head_of(client, page.url).json_ld
    return data


def test_an_event_is_a_schema_org_event_at_its_place(client, content_site):
    page = event(content_site)
    head = head_of(client, page.url)
    [data] = head.json_ld
    [home] = head_of(client, "/").json_ld
    url = "http://localhost/agenda/jaarcongres/"
    assert data == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Jaarcongres Sociaal Werk",
        "startDate": "2026-04-14T13:00:00+02:00",
        "endDate": "2026-04-14T17:00:00+02:00",
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Jaarbeurs",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Jaarbeursplein 6",
                "postalCode": "3521 AL",
                "addressLocality": "Utrecht",
                "addressCountry": "NL",
            },
        },
        # The association, named as the home page's Organization.
        "organizer": {"@type": "Organization", "name": home["name"], "url": home["url"]},
        "description": "Een dag over de toekomst van het sociaal werk.",
        "url": url,
        "inLanguage": "nl-NL",
    }
    assert head.meta["description"] == data["description"]
    assert head.links["canonical"] == url


def test_winter_time_has_its_own_offset(client, content_site):
    data = json_ld(client, event(content_site, start_date=datetime.date(2026, 3, 28)))
    assert data["startDate"] == "2026-03-28T13:00:00+01:00"


def test_an_all_day_event_of_several_days_has_its_first_and_last_date(client, content_site):
    page = event(content_site, start_time=None, end_time=None, end_date=datetime.date(2026, 4, 16))
    data = json_ld(client, page)
    assert (data["startDate"], data["endDate"]) == ("2026-04-14", "2026-04-16")


def test_an_online_event_is_at_its_page(client, content_site):
    page = event(content_site, attendance="online", venue="", street_address="", city="")
    data = json_ld(client, page)
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": page.get_full_url()}


def test_a_hybrid_event_is_at_its_place_and_online(client, content_site):
    page = event(content_site, attendance="hybrid")
    data = json_ld(client, page)
    assert data["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    place, online = data["location"]
    assert place["@type"] == "Place" and place["address"]["addressLocality"] == "Utrecht"
    assert online == {"@type": "VirtualLocation", "url": page.get_full_url()}


def test_a_place_with_only_a_city(client, content_site):
    page = event(content_site, venue="", street_address="", postcode="", city="Zwolle")
    assert json_ld(client, page)["location"] == {
        "@type": "Place",
        "name": "Zwolle",
        "address": {"@type": "PostalAddress", "addressLocality": "Zwolle", "addressCountry": "NL"},
    }


@pytest.mark.parametrize(
    ("status", "schema_status"),
    [("cancelled", "EventCancelled"), ("postponed", "EventPostponed")],
)
def test_a_cancelled_or_postponed_event_says_so(client, content_site, status, schema_status):
    data = json_ld(client, event(content_site, status=status))
    assert data["eventStatus"] == SCHEMA + schema_status


def test_an_event_with_an_image_shares_it(client, content_site):
    image = wagtail_factories.ImageFactory(
        title="IMG_1234.jpg", description="Zaal vol sociaal werkers"
    )
    page = event(content_site, image=image)
    head = head_of(client, page.url)
    rendition = image.get_rendition("fill-1200x630")
    assert head.meta["og:image"] == "http://localhost" + rendition.url
    assert head.meta["og:image:alt"] == "Zaal vol sociaal werkers"
    assert head.json_ld[0]["image"] == head.meta["og:image"]


def test_events_and_the_agenda_are_in_the_sitemap(client, content_site):
    upcoming = event(content_site, slug="straks", start_date=datetime.date.today())
    past = event(content_site, slug="geweest", start_date=datetime.date(2020, 4, 14))
    draft = event(content_site, slug="concept", live=False)
    urlset = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own)
    urls = {url.findtext("s:loc", namespaces=SITEMAP) for url in urlset.findall("s:url", SITEMAP)}
    assert {upcoming.get_full_url(), past.get_full_url(), "http://localhost/agenda/"} <= urls
    assert draft.get_full_url() not in urls


def test_the_old_calendar_addresses_lead_to_the_events(tmp_path, client, content_site):
    page = event(content_site)
    csv = tmp_path / "redirects.csv"
    csv.write_text(
        "old_path,new_path\n"
        "/kalender/activiteit/4711-jaarcongres-sociaal-werk,/agenda/jaarcongres/\n"
        "/kalender/activiteit/4712-vervallen,/agenda/\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("import_old_urls", str(csv), stdout=out, stderr=err)
    assert "2 created" in out.getvalue()
    for old in (
        "/kalender/activiteit/4711-jaarcongres-sociaal-werk",
        "/kalender/activiteit/4711-jaarcongres-sociaal-werk/",
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == page.url
    assert client.get("/kalender/activiteit/4712-vervallen")["Location"] == "/agenda/"
