"""Fixtures of the members' tests: forms may be sent at once and often."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _forms_without_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 100
    cache.clear()
