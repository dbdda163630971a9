"""Fixtures of the agenda's tests: an event that takes registrations on this site, under
an agenda with a privacy statement; forms may be sent at once and often."""

import pytest
from django.core.cache import cache

from sociaalwerk.core.models import SiteSettings
from tests.factories import EventPageFactory, StandardPageFactory


@pytest.fixture(autouse=True)
def _forms_without_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 100
    cache.clear()


@pytest.fixture
def agenda(content_site):
    """The content site's agenda, with its privacy statement."""
    privacy = StandardPageFactory(
        parent=content_site.home, title="Privacyverklaring", slug="privacy"
    )
    agenda = content_site.agenda
    agenda.privacy_page = privacy
    agenda.save()
    site_settings = SiteSettings.for_site(content_site.home.get_site())
    site_settings.organisation_name = "Sociaal Werk Nederland"
    site_settings.save()
    return agenda


@pytest.fixture
def event(agenda, content_site):
    """ "Regiobijeenkomst Utrecht": 3 places on this site, with a waiting list."""
    return EventPageFactory(
        parent=agenda,
        title="Regiobijeenkomst Utrecht",
        slug="regiobijeenkomst-utrecht",
        themes=[content_site.theme],
        registration="on_site",
        capacity=3,
        waiting_list=True,
    )
