"""The members' commands: send_application_mails retries the e-mails a mail server that was
down left unsent; delete_expired_applications removes applications past retention."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from members.models import MembershipApplication
from tests.factories import MembershipApplicationFactory
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db


def test_a_mail_server_that_is_down_loses_nothing_and_the_mails_are_retried(
    client, membership_page, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.helpers.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL, application()).status_code == 302
    saved = MembershipApplication.objects.get()
    assert saved.mail_status == "failed" and "mail server down" in saved.mail_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("send_application_mails", stdout=out)
    saved.refresh_from_db()
    assert saved.mail_status == "sent" and len(mail.outbox) == 2
    call_command("send_application_mails", stdout=out)
    assert len(mail.outbox) == 2


def test_expired_applications_are_deleted_after_the_retention_period(membership_page, settings):
    settings.MEMBERSHIP_RETENTION_DAYS = 365
    now = timezone.now()
    old = MembershipApplicationFactory(
        organisation_name="Oud", created_at=now - timezone.timedelta(days=366)
    )
    recent = MembershipApplicationFactory(
        organisation_name="Nieuw", created_at=now - timezone.timedelta(days=364)
    )
    call_command("delete_expired_applications", "--dry-run", stdout=io.StringIO())
    assert MembershipApplication.objects.count() == 2
    call_command("delete_expired_applications", stdout=io.StringIO())
    assert list(MembershipApplication.objects.all()) == [recent]
    assert not MembershipApplication.objects.filter(pk=old.pk).exists()
