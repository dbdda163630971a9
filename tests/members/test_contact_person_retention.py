"""AVG: contact persons of an ended membership are deleted, with their accounts, a set
time after it ended, by a scheduled job; an account with another role only loses its
tie to the organisation."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from members.models import ContactPerson
from sociaalwerk.editorial.roles import EDITORS, MEMBERS
from tests.factories import ContactPersonFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db

User = get_user_model()


def ended_days_ago(days):
    return MemberOrganisationFactory(
        status="ended", ended_on=timezone.localdate() - datetime.timedelta(days=days)
    )


@pytest.fixture(autouse=True)
def _retention(settings):
    settings.CONTACT_PERSON_RETENTION_DAYS = 30


def run(*args):
    out = io.StringIO()
    call_command("delete_expired_contact_persons", *args, stdout=out)
    return out.getvalue()


def test_contact_persons_are_deleted_the_day_after_the_retention_period():
    expired = ContactPersonFactory(organisation=ended_days_ago(31))
    last_day = ContactPersonFactory(organisation=ended_days_ago(30))
    active = ContactPersonFactory()

    assert "1 contact person(s)" in run("--dry-run")
    assert ContactPerson.objects.count() == 3

    assert "Deleted 1 contact person(s)" in run()
    assert set(ContactPerson.objects.all()) == {last_day, active}
    assert not User.objects.filter(pk=expired.user_id).exists()
    assert User.objects.filter(pk=last_day.user_id).exists()
    # The organisation stays, as the membership administration's record.
    assert expired.organisation.__class__.objects.filter(pk=expired.organisation_id).exists()


def test_active_memberships_are_untouched_however_old():
    old = ContactPersonFactory(organisation=MemberOrganisationFactory(member_since="1990-01-01"))
    run()
    assert ContactPerson.objects.get() == old


def test_an_account_with_another_role_loses_only_its_tie():
    members, _ = Group.objects.get_or_create(name=MEMBERS)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editor = ContactPersonFactory(organisation=ended_days_ago(31))
    editor.user.groups.add(members, editors)
    staff = ContactPersonFactory(organisation=ended_days_ago(31), user__is_staff=True)

    assert "2 kept as an account" in run()
    assert not ContactPerson.objects.exists()
    assert list(User.objects.get(pk=editor.user_id).groups.all()) == [editors]
    assert User.objects.filter(pk=staff.user_id).exists()


def test_the_worker_runs_it(settings):
    ContactPersonFactory(organisation=ended_days_ago(31))
    assert "delete_expired_contact_persons" in settings.SCHEDULED_JOBS
    settings.SCHEDULED_JOBS = ["delete_expired_contact_persons"]
    call_command("run_jobs", "--once", stdout=io.StringIO())
    assert not ContactPerson.objects.exists()
