"""Privacy (AVG): registrations are deleted a set time after their event ended, by a
scheduled job."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from agenda.models import EventRegistration
from tests.agenda.registration_helpers import add_registrations
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def event_ended_days_ago(agenda, days):
    """An event of one day, 13.00–17.00, that ended ``days`` days ago (and some hours)."""
    return EventPageFactory(
        parent=agenda,
        registration="on_site",
        capacity=5,
        start_date=timezone.localdate() - datetime.timedelta(days=days + 1),
    )


def test_registrations_are_deleted_once_their_event_ended_longer_ago_than_retention(
    agenda, settings
):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    # Two days either side of the limit: the events end at 17.00, so a day's margin
    # would depend on the hour the test runs.
    old = event_ended_days_ago(agenda, 32)
    recent = event_ended_days_ago(agenda, 28)
    add_registrations(old, 2)
    add_registrations(old, 1, status=EventRegistration.Status.CANCELLED)
    kept = add_registrations(recent, 2)

    out = io.StringIO()
    call_command("delete_expired_registrations", "--dry-run", stdout=out)
    assert "3 registration(s)" in out.getvalue()
    assert EventRegistration.objects.count() == 5

    call_command("delete_expired_registrations", stdout=out)
    assert list(EventRegistration.objects.order_by("pk")) == kept
    assert old.registrations.count() == 0


def test_the_worker_deletes_expired_registrations(agenda, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 7
    add_registrations(event_ended_days_ago(agenda, 8), 1)
    assert "delete_expired_registrations" in settings.SCHEDULED_JOBS
    settings.SCHEDULED_JOBS = ["delete_expired_registrations"]
    call_command("run_jobs", "--once", stdout=io.StringIO())
    assert not EventRegistration.objects.exists()
