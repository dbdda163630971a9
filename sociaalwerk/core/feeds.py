"""RSS and Atom feeds of the articles: all of them, one feed per article type and one
per theme, each with the newest ``FEED_SIZE`` articles.

Every feed reads its articles through ``ArticlePage.objects.for_listing()`` (narrowed
with ``of_types`` or ``of_theme``), without ``.specific``, so a feed costs the same few
queries however many articles there are.
"""

import datetime
import zoneinfo
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from sociaalwerk.core.article_types import article_class
from sociaalwerk.core.models import ArticlePage, SiteSettings, ThemePage
from sociaalwerk.core.models.articles import ArticlePageQuerySet

FEED_SIZE = 20

# Articles have a publication date but no time: feeds date them at the start of the
# office day in the Netherlands, whatever TIME_ZONE the server runs in.
PUBLICATION_TIME = datetime.time(9, 0)
PUBLICATION_TIME_ZONE = zoneinfo.ZoneInfo("Europe/Amsterdam")

# The date in every item's permanent id (a tag URI, RFC 4151). Changing it changes
# every id, and feed readers would show every article again as new.
ITEM_ID_DATE = "2025"


def site_name(request):
    """The organisation name of the request's site, as the page titles show it."""
    if request is None or Site.find_for_request(request) is None:
        return settings.WAGTAIL_SITE_NAME
    return SiteSettings.for_request(request).organisation_name


def articles_feed_title(name):
    return _("Articles – {site_name}").format(site_name=name)


def type_feed_title(model, name):
    """The title of the feed of the article type ``model``."""
    return model.feed_title.format(site_name=name)


def theme_feed_title(theme, name):
    return _("Theme {theme} – {site_name}").format(theme=theme.title, site_name=name)


def site_home_url(request):
    """The absolute address of the home page of the request's site."""
    site = Site.find_for_request(request)
    return site.root_url + "/" if site else request.build_absolute_uri("/")


def article_feed_title(article):
    """``"Nieuws: <title>"``: the type label, then the title, as plain text."""
    return _("{label}: {title}").format(label=article.type_label, title=article.title)


@dataclass
class Channel:
    """What one request's feed shows; built by ``get_object``, as feeds are shared
    between requests and cannot keep per-request state themselves."""

    title: str
    description: str
    link: str
    articles: ArticlePageQuerySet


class ArticleFeed(Feed):
    """All articles, newest first, as RSS 2.0. Subclasses narrow them in ``get_object``."""

    feed_type = Rss201rev2Feed
    item_guid_is_permalink = False

    def get_object(self, request):
        name = site_name(request)
        return Channel(
            title=articles_feed_title(name),
            description=_("The latest news, blogs and publications of {site_name}.").format(
                site_name=name
            ),
            link=site_home_url(request),
            articles=ArticlePage.objects.for_listing(),
        )

    def title(self, channel):
        return channel.title

    def description(self, channel):
        return channel.description

    def subtitle(self, channel):
        """Atom's name for the description."""
        return channel.description

    def link(self, channel):
        return channel.link

    def items(self, channel):
        return channel.articles[:FEED_SIZE]

    def item_title(self, article):
        # Many RSS readers show titles as HTML, so the text is escaped once here and
        # once more by the XML writer, as Django's own default ``item_title`` does.
        return escape(article_feed_title(article))

    def item_description(self, article):
        # RSS descriptions and Atom summaries (type="html") are HTML; the excerpt is text.
        return escape(article.excerpt)

    def item_link(self, article):
        return article.get_full_url()

    def item_pubdate(self, article):
        if article.date:
            return datetime.datetime.combine(
                article.date, PUBLICATION_TIME, tzinfo=PUBLICATION_TIME_ZONE
            )
        return article.first_published_at

    def item_guid(self, article):
        """A permanent id that survives a new title, slug or place in the tree."""
        host = urlsplit(self.item_link(article)).hostname
        return f"tag:{host},{ITEM_ID_DATE}:page/{article.pk}"


class AtomArticleFeed(ArticleFeed):
    """All articles, newest first, as Atom."""

    feed_type = Atom1Feed

    def item_title(self, article):
        # Atom titles are written as type="text": readers show them as they are.
        return article_feed_title(article)


class TypeFeed(ArticleFeed):
    """The articles of one type (news, blogs or publications), newest first."""

    def get_object(self, request, type_name):
        model = article_class(feed_name=type_name)
        if model is None:
            raise Http404("No such article type.")
        name = site_name(request)
        return Channel(
            title=type_feed_title(model, name),
            description=model.feed_description.format(site_name=name),
            link=site_home_url(request),
            articles=ArticlePage.objects.for_listing().of_types([model.article_type]),
        )


class ThemeFeed(ArticleFeed):
    """The articles of one live theme, newest first."""

    def get_object(self, request, slug):
        theme = get_object_or_404(ThemePage.objects.live().public(), slug=slug)
        name = site_name(request)
        return Channel(
            title=theme_feed_title(theme, name),
            description=_("The latest articles on {theme} of {site_name}.").format(
                theme=theme.title, site_name=name
            ),
            link=theme.get_full_url(request),
            articles=ArticlePage.objects.for_listing().of_theme(theme),
        )


# The page cache is declared where these are included (sociaalwerk/urls.py).
urlpatterns = [
    path("feeds/artikelen/", ArticleFeed(), name="articles"),
    path("feeds/artikelen/atom/", AtomArticleFeed(), name="articles_atom"),
    path("feeds/thema/<slug:slug>/", ThemeFeed(), name="theme"),
    path("feeds/<slug:type_name>/", TypeFeed(), name="type"),
]
