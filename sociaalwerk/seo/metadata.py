"""Metadata in ``<head>`` for search engines and link previews: description, canonical
address, Open Graph and Twitter card tags, and schema.org JSON-LD.

The page says what it is: ``og_type`` ("article" for articles, with their date and
share image), ``schema_type`` (NewsArticle, BlogPosting, … or Organization for the
home page) and ``summary``; a page that knows its own schema.org data (an event)
gives it in ``schema_data(url=…, organisation=…)``, which this completes with what
every page has. Everything else comes from what the page has loaded to
render itself (the page, its main theme and authors, the SiteSettings of the
request), so the metadata costs no queries of its own. An article's share image
costs one: the image; Wagtail keeps its rendition in the cache.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode, urljoin

from django.core.paginator import Page as PaginatorPage
from django.urls import NoReverseMatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.models import AbstractRendition, SourceImageIOError
from wagtail.models import Page

from sociaalwerk.core import reading
from sociaalwerk.core.images import alt_text
from sociaalwerk.core.models import SiteSettings
from sociaalwerk.seo import structured_data

DESCRIPTION_LENGTH = 160
# Facebook, LinkedIn and X show link previews best at 1200×630 (1.91:1).
SHARE_IMAGE_FILTER = "fill-1200x630"


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
    def image_alt(self):
        return alt_text(self.image.image) if self.image else ""

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"


def page_meta(page, request, listing=None):
    """The metadata of the Wagtail page being rendered; None where there is no page
    (the 404 page, the search results), which then get no page metadata."""
    if not isinstance(page, Page) or request is None:
        return None
    url = canonical_url(page, request, listing)
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
    if getattr(page, "og_type", None) == "article":
        publisher = structured_data.organisation_data(site_settings, home_url)
        return article_meta(meta, page, publisher)
    if callable(getattr(page, "schema_data", None)):
        organisation = structured_data.organisation_data(site_settings, home_url)
        return declared_meta(meta, page, organisation)
    if getattr(page, "schema_type", None) == "Organization":
        organisation = structured_data.organisation_data(site_settings, home_url, with_contact=True)
        data = {"@context": structured_data.SCHEMA_ORG, **organisation}
        return replace(meta, structured_data=data)
    return meta


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
    """The page's ``summary`` (articles, themes), else the text of its rich-text
    introduction."""
    text = getattr(page, "summary", None)
    if text is not None:
        return text
    intro = getattr(page, "intro", None)
    return reading.plain_text(intro) if isinstance(intro, str) else ""


def share_image(page):
    """The rendition of the page's listing image for link previews, or None."""
    image = getattr(page, "listing_image", None)
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
    return replace(meta, structured_data=structured_data.article_data(page, meta, publisher))


def declared_meta(meta, page, organisation):
    """``meta`` completed for a page that gives its own schema.org data: its share
    image, and that data with the description, address, image and language."""
    image = share_image(page)
    meta = replace(meta, image=image, image_url=urljoin(meta.url, image.url) if image else "")
    declared = page.schema_data(url=meta.url, organisation=organisation)
    return replace(meta, structured_data=structured_data.page_data(declared, meta))
