"""Links in <head> to the feeds that belong to the current page."""

from django import template
from django.urls import reverse

from sociaalwerk.core import feeds
from sociaalwerk.core.models import ArticleIndexPage, ArticlePage, ThemePage

register = template.Library()

RSS = "application/rss+xml"


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def feed_links(context):
    """The feed of all articles on every page, plus the feed of the page's theme and of
    its article type where it has them.

    It adds no query to a page: the site settings are already cached on the request for
    the page title, and an article's ``primary_theme`` by the article's ``get_context``.
    ``page`` may be missing (the 404 page) or something else than a page.
    """
    page = context.get("page")
    name = feeds.site_name(context.get("request"))
    links = [feed_link(reverse("feeds:articles"), feeds.articles_feed_title(name))]
    if (theme := theme_of(page)) is not None:
        url = reverse("feeds:theme", kwargs={"slug": theme.slug})
        links.append(feed_link(url, feeds.theme_feed_title(theme, name)))
    if (type_name := feeds.type_feed_name(article_type_of(page))) is not None:
        url = reverse("feeds:type", kwargs={"type_name": type_name})
        links.append(feed_link(url, feeds.type_feed_title(type_name, name)))
    return {"feeds": links}


def feed_link(url, title):
    return {"type": RSS, "url": url, "title": title}


def theme_of(page):
    """The live theme whose feed belongs to ``page``: itself, or an article's main theme."""
    if isinstance(page, ThemePage):
        theme = page
    elif isinstance(page, ArticlePage):
        theme = page.primary_theme
    else:
        return None
    return theme if theme is not None and theme.live else None


def article_type_of(page):
    """The ``article_type`` of an article page or of an article index page, else None."""
    if isinstance(page, ArticleIndexPage):
        return page.article_model.article_type
    if isinstance(page, ArticlePage):
        return page.specific_class.article_type
    return None
