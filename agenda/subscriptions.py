"""The calendars (.ics) to subscribe to, their names, and the pages that offer them:
the whole agenda on the agenda page, the agenda of a theme on the theme page (and on
the agenda page when it is filtered by that theme). Core asks for them through
``core.events.calendars``; the views (``views``) name the calendars the same way."""

from django.urls import reverse
from django.utils.translation import gettext as _

from agenda.models import AgendaIndexPage
from sociaalwerk.core.events import CalendarFeed
from sociaalwerk.core.models import ThemePage


def agenda_name(site_name):
    return _("Agenda – {site_name}").format(site_name=site_name)


def agenda_description(site_name):
    return _("The events of {site_name}.").format(site_name=site_name)


def theme_name(theme, site_name):
    return _("Agenda: {theme} – {site_name}").format(theme=theme.title, site_name=site_name)


def theme_description(theme, site_name):
    return _("The events on {theme} of {site_name}.").format(theme=theme.title, site_name=site_name)


def agenda_feed(site_name):
    return CalendarFeed(
        url=reverse("calendars:agenda"),
        title=agenda_name(site_name),
        label=_("Subscribe to the agenda"),
    )


def theme_feed(theme, site_name):
    return CalendarFeed(
        url=reverse("calendars:theme", kwargs={"slug": theme.slug}),
        title=theme_name(theme, site_name),
        label=_("Subscribe to the agenda on {theme}").format(theme=theme.title),
    )


def calendars_of(page, site_name, theme=None):
    """The calendars ``page`` offers; ``theme`` is the theme an agenda is filtered by."""
    if isinstance(page, AgendaIndexPage):
        feeds = [agenda_feed(site_name)]
        if isinstance(theme, ThemePage) and theme.live:
            feeds.append(theme_feed(theme, site_name))
        return feeds
    if isinstance(page, ThemePage) and page.live:
        return [theme_feed(page, site_name)]
    return []
