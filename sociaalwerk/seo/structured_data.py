"""schema.org data as JSON-LD: the article a page is, what a page declares (an event),
or the association itself."""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCHEMA_ORG = "https://schema.org"
LANGUAGE = "nl-NL"
COUNTRY = "NL"

# "3511 DR Utrecht": the line of a Dutch address with postcode and town.
POSTCODE_AND_TOWN = re.compile(r"^(?P<postcode>\d{4} ?[A-Za-z]{2})\s+(?P<town>\S.*)$")
# As Django's json_script: no text in the data can close the script element or start
# a comment or entity, whatever an editor types in a title.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_element(data):
    """``data`` as a ``<script type="application/ld+json">`` element, escaped as
    Django's ``json_script`` escapes, so that ``</script>`` in a title stays text."""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    # Safe: after the escapes the text holds no "<", ">" or "&" that HTML reads as markup.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def article_data(page, meta, publisher):
    """schema.org data of an article, of the type its class names (NewsArticle …);
    its authors, or else the publishing organisation as author."""
    people = [{"@type": "Person", "name": author.name} for author in getattr(page, "authors", [])]
    data = {
        "@context": SCHEMA_ORG,
        "@type": page.schema_type,
        "headline": page.title,
        "description": meta.description,
        "datePublished": page.date.isoformat(),
        "url": meta.url,
        "mainEntityOfPage": meta.url,
        "inLanguage": LANGUAGE,
        "author": people or publisher,
        "publisher": publisher,
        "image": meta.image_url,
    }
    if page.last_published_at:
        # Dutch time, as editors saw it when they published.
        modified = timezone.localtime(page.last_published_at)
        data["dateModified"] = modified.isoformat(timespec="seconds")
    if theme := page.primary_theme:
        data["about"] = {"@type": "Thing", "name": theme.title}
    return {key: value for key, value in data.items() if value}


def page_data(declared, meta):
    """The schema.org data a page declared (an event), with what every page has: its
    description, address, share image and language."""
    data = {
        "@context": SCHEMA_ORG,
        **declared,
        "description": meta.description,
        "url": meta.url,
        "image": meta.image_url,
        "inLanguage": LANGUAGE,
    }
    return {key: value for key, value in data.items() if value}


def organisation_data(site_settings, home_url, with_contact=False):
    """schema.org Organization of the branch association; with its address, e-mail
    address and telephone number as set in the SiteSettings when ``with_contact``."""
    data = {"@type": "Organization", "name": site_settings.organisation_name, "url": home_url}
    if with_contact:
        data["address"] = postal_address(site_settings.address)
        data["email"] = site_settings.email
        data["telephone"] = site_settings.phone
    return {key: value for key, value in data.items() if value}


def postal_address(address):
    """A schema.org PostalAddress from the lines of the footer address: the line with a
    Dutch postcode gives postcode and town, the other lines the street address."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return None
    data = {"@type": "PostalAddress"}
    street = []
    for line in lines:
        if match := POSTCODE_AND_TOWN.match(line):
            data["postalCode"] = match["postcode"].upper()
            data["addressLocality"] = match["town"]
        else:
            street.append(line)
    if street:
        data["streetAddress"] = ", ".join(street)
    data["addressCountry"] = COUNTRY
    return data
