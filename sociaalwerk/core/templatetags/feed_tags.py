"""Links in <head> to the feeds that belong to the current page, and the visible links
that offer its calendars to subscribe to."""

from urllib.parse import urljoin, urlsplit, urlunsplit

from django import template
from django.urls import reverse

from sociaalwerk.core import events, feeds
from sociaalwerk.core.article_types import article_class

register = template.Library()

RSS = "application/rss+xml"
CALENDAR = "text/calendar"


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
    # The calendars the page offers (the agenda page, a theme): none without the agenda app.
    for calendar in events.calendars(page, name):
        links.append({"type": CALENDAR, "url": calendar.url, "title": calendar.title})
    return {"feeds": links}


def feed_link(url, title):
    return {"type": RSS, "url": url, "title": title}


@register.inclusion_tag("components/calendar_subscriptions.html", takes_context=True)
def calendar_subscriptions(context, theme=None):
    """Links to subscribe to the calendars the page offers (see ``core.events``), and
    their addresses to copy: ``webcal://`` opens the calendar app of the computer or
    phone, which then reads the calendar again by itself; Google Calendar wants the
    address pasted. ``theme`` is the theme a listing is filtered by."""
    request = context.get("request")
    page = context.get("page")
    offered = []
    if request is not None:
        home = feeds.site_home_url(request)
        for calendar in events.calendars(page, feeds.site_name(request), theme=theme):
            address = urljoin(home, calendar.url)
            offered.append(
                {
                    "label": calendar.label,
                    "title": calendar.title,
                    "address": address,
                    "webcal": urlunsplit(("webcal", *urlsplit(address)[1:])),
                }
            )
    return {"calendars": offered}
