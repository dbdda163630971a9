"""run_jobs: the worker runs the scheduled jobs; a scheduled article goes live when it runs."""

import datetime
import io
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from sociaalwerk.editorial.roles import CHIEF_EDITORS
from tests.factories import NewsPageFactory
from tests.helpers import article_in_news

pytestmark = pytest.mark.django_db


def test_a_scheduled_article_goes_live_when_the_job_runs(client, roles, demo_site):
    news_index = article_in_news(demo_site).get_parent()
    theme = article_in_news(demo_site).primary_theme
    page = NewsPageFactory(
        parent=news_index,
        themes=[theme],
        live=False,
        title="Later live",
        date=datetime.date.today(),
    )
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    page.save_revision(user=roles[CHIEF_EDITORS]).publish()
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url).status_code == 404

    call_command("run_jobs", "--once", stdout=io.StringIO())  # too early: nothing happens
    page.refresh_from_db()
    assert not page.live
    time.sleep(2.5)  # real time: Wagtail reads the clock in several modules
    call_command("run_jobs", "--once", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert "Later live" in client.get(theme.url).content.decode()
