"""Metadata in ``<head>`` for search engines and link previews: description, canonical
address, Open Graph and Twitter card tags, and schema.org JSON-LD.

Everything comes from what the page has loaded to render itself (the page, its main
theme and authors, the SiteSettings of the request), so the tags cost no queries of
their own. An article's share image costs one: the image; Wagtail keeps its rendition
in the cache.
"""

import html
import json
import re
from dataclasses import dataclass, replace
from urllib.parse import urlencode, urljoin

from django import template
from django.core.paginator import Page as PaginatorPage
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.models import AbstractRendition, SourceImageIOError
from wagtail.models import Page

from sociaalwerk.core import reading
from sociaalwerk.core.models import (
    ArticlePage,
    AuthoredPageMixin,
    HomePage,
    SiteSettings,
    ThemePage,
)

register = template.Library()

DESCRIPTION_LENGTH = 160
# Facebook, LinkedIn and X show link previews best at 1200×630 (1.91:1).
SHARE_IMAGE_FILTER = "fill-1200x630"
SCHEMA_ORG = "https://schema.org"
LANGUAGE = "nl-NL"
COUNTRY = "NL"

# Where one block of rich text ends; a space keeps its last word apart from the next.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
# "3511 DR Utrecht": the line of a Dutch address with postcode and town.
POSTCODE_AND_TOWN = re.compile(r"^(?P<postcode>\d{4} ?[A-Za-z]{2})\s+(?P<town>\S.*)$")
# As Django's json_script: no text in the data can close the script element or start
# a comment or entity, whatever an editor types in a title.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class PageMeta:
    """What the meta tags of one page say; built by ``page_meta``."""

    title: str
    description: str
    url: str
    site_name: str
    og_type: str = "website"
    published_time: str = ""
    image: AbstractRendition | None = None  # the share image, 1200×630
    image_url: str = ""
    structured_data: dict | None = None

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The metadata of the Wagtail page being rendered; None where there is no page
    (the 404 page, the search results), which then get no page metadata."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    url = canonical_url(page, request, context.get("articles"))
    if url is None:
        return None
    site_settings = SiteSettings.for_request(request)
    meta = PageMeta(
        title=page.seo_title or page.title,
        description=description(page),
        url=url,
        site_name=site_settings.organisation_name,
    )
    home_url = urljoin(url, "/")
    if isinstance(page, ArticlePage):
        return article_meta(meta, page, organisation_data(site_settings, home_url))
    if isinstance(page, HomePage):
        organisation = organisation_data(site_settings, home_url, with_contact=True)
        return replace(meta, structured_data={"@context": SCHEMA_ORG, **organisation})
    return meta


@register.filter
def json_ld(data):
    """``data`` as a ``<script type="application/ld+json">`` element, escaped as
    Django's ``json_script`` escapes, so that ``</script>`` in a title stays text."""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    # Safe: after the escapes the text holds no "<", ">" or "&" that HTML reads as markup.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def canonical_url(page, request, listing=None):
    """The one address of what is shown: the page, or the sub-route of a routable page
    (a theme's archive), plus ``?page=`` on a later page of its listing. Filters are
    left out: a filtered listing shows a part of the unfiltered one."""
    url = page.get_full_url(request)
    if url is None:
        return None
    url += route_path(page, request)
    if isinstance(listing, PaginatorPage) and listing.number > 1:
        url += "?" + urlencode({"page": listing.number})
    return url


def route_path(page, request):
    """The path of the sub-route served under a routable page ("nieuws/"), or ""."""
    match = getattr(request, "routable_resolver_match", None)
    if not isinstance(page, RoutablePageMixin) or match is None or not match.url_name:
        return ""
    try:
        return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""


def description(page):
    """The editor's search description, else the page's own summary, cut at a word to
    about 160 characters; "" when the page has neither."""
    text = page.search_description or summary(page)
    return reading.excerpt(text, DESCRIPTION_LENGTH) if text else ""


def summary(page):
    """An article's excerpt, a theme's lead, or the rich-text introduction of other pages."""
    if isinstance(page, ArticlePage):
        return page.excerpt
    if isinstance(page, ThemePage):
        intro = page.theme_intro
        return plain_text(intro.value["lead"].source) if intro else ""
    intro = getattr(page, "intro", None)
    return plain_text(intro) if isinstance(intro, str) else ""


def plain_text(rich_text):
    """The text of rich-text HTML: tags removed, entities decoded, blocks kept apart."""
    spaced = BLOCK_END.sub(lambda match: match.group(0) + " ", rich_text)
    return " ".join(html.unescape(strip_tags(spaced)).split())


def share_image(page):
    """The rendition of the article's listing image for link previews, or None."""
    image = page.listing_image
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE_FILTER)
    except SourceImageIOError:
        # The file is gone from storage: a preview without image beats a broken page.
        return None


def article_meta(meta, page, publisher):
    """``meta`` completed for an article: its date, share image and JSON-LD."""
    image = share_image(page)
    meta = replace(
        meta,
        og_type="article",
        published_time=page.date.isoformat(),
        image=image,
        image_url=urljoin(meta.url, image.url) if image else "",
    )
    return replace(meta, structured_data=article_data(page, meta, publisher))


def article_data(page, meta, publisher):
    """schema.org data of an article, of the type its class names (NewsArticle …);
    its authors, or else the publishing organisation as author."""
    authors = page.authors if isinstance(page, AuthoredPageMixin) else []
    people = [{"@type": "Person", "name": author.name} for author in authors]
    data = {
        "@context": SCHEMA_ORG,
        "@type": getattr(page, "schema_type", "Article"),
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
