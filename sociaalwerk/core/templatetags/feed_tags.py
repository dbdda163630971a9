"""Links in <head> to the feeds that belong to the current page."""

from django import template
from django.urls import reverse

from sociaalwerk.core import feeds
from sociaalwerk.core.article_types import article_class

register = template.Library()

RSS = "application/rss+xml"


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def feed_links(context):
    """The feed of all articles on every page, plus the feed of the page's theme and of
    its article type where it has them.

    It asks the page what it is about: its ``primary_theme`` (an article's main theme,
    or a theme itself) and its ``article_type`` (an article's, or an overview's). It
    adds no query to a page: the site settings are already cached on the request for
    the page title, and an article's ``primary_theme`` by the article's ``get_context``.
    ``page`` may be missing (the 404 page) or something else than a page.
    """
    page = context.get("page")
    name = feeds.site_name(context.get("request"))
    links = [feed_link(reverse("feeds:articles"), feeds.articles_feed_title(name))]
    theme = getattr(page, "primary_theme", None)
    if theme is not None and theme.live:
        url = reverse("feeds:theme", kwargs={"slug": theme.slug})
        links.append(feed_link(url, feeds.theme_feed_title(theme, name)))
    model = article_class(article_type=getattr(page, "article_type", None) or "")
    if model is not None:
        url = reverse("feeds:type", kwargs={"type_name": model.feed_name})
        links.append(feed_link(url, feeds.type_feed_title(model, name)))
    return {"feeds": links}


def feed_link(url, title):
    return {"type": RSS, "url": url, "title": title}
