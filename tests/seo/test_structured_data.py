"""JSON-LD: articles of their schema.org type with Dutch dates, and the organisation on
the home page."""

import re

import pytest
from django.utils import timezone

from news.models import NewsPage
from tests.seo.helpers import ARTICLE_TYPES, head_of

pytestmark = pytest.mark.django_db

ORGANISATION = {
    "@type": "Organization",
    "name": "Sociaal Werk Nederland",
    "url": "http://localhost/",
}


@pytest.mark.parametrize("model", ARTICLE_TYPES)
def test_articles_have_json_ld_of_their_type_with_dutch_dates(client, demo_site, model):
    page = model.objects.live().order_by("path").first()
    head = head_of(client, page.url)
    [data] = head.json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == ARTICLE_TYPES[model]
    assert data["headline"] == page.title
    assert data["description"] == head.meta["description"] == page.excerpt
    assert data["url"] == data["mainEntityOfPage"] == page.get_full_url()
    assert data["inLanguage"] == "nl-NL"
    assert data["datePublished"] == page.date.isoformat()
    assert head.meta["article:published_time"] == page.date.isoformat()
    assert data["dateModified"] == timezone.localtime(page.last_published_at).isoformat(
        timespec="seconds"
    )
    assert re.search(r"\+0[12]:00$", data["dateModified"]), "Dutch time, not UTC"
    assert data["publisher"] == ORGANISATION
    assert data["about"] == {"@type": "Thing", "name": page.primary_theme.title}
    if model is NewsPage:
        assert data["author"] == ORGANISATION
    else:
        assert page.authors
        assert data["author"] == [{"@type": "Person", "name": a.name} for a in page.authors]


def test_home_page_has_organization_json_ld_with_the_address_of_the_site_settings(
    client, demo_site
):
    [data] = head_of(client, "/").json_ld
    assert data == {
        "@context": "https://schema.org",
        **ORGANISATION,
        "address": {
            "@type": "PostalAddress",
            "postalCode": "3511 DR",
            "addressLocality": "Utrecht",
            "streetAddress": "Pieter Vreedeplein 6",
            "addressCountry": "NL",
        },
        "email": "info@sociaalwerknederland.nl",
        "telephone": "030 123 45 67",
    }
