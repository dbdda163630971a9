"""The e-mails of an application: the bureau gets every detail; the confirmation, which
goes to whatever address was typed, carries nothing else the applicant typed."""

import pytest
from django.core import mail

from members.models import MembershipApplication
from sociaalwerk.core.reading import plain_text
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db

SPAM = "Goedkope pillen op https://spam.example"
TYPED = {
    "organisation_name": SPAM,
    "street_address": "Klik op https://spam.example 1",
    "city": "Win een prijs",
    "contact_name": SPAM,
    "contact_role": "Bel 0900-SPAM",
    "website": "https://spam.example",
    "message": f"{SPAM}\nNog meer reclame.",
}


def test_the_confirmation_carries_nothing_the_applicant_typed(
    client, membership_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application(email="slachtoffer@example.org", **TYPED))
    assert response.status_code == 302

    bureau, applicant = mail.outbox
    assert applicant.to == ["slachtoffer@example.org"]
    html = applicant.alternatives[0][0]
    for text in (applicant.subject, applicant.body, html):
        for value in (*TYPED.values(), "spam.example", "0900", "12345678", "3511", "030 123 45 67"):
            assert value not in text
    assert applicant.subject == "We hebben uw aanvraag voor het lidmaatschap ontvangen"
    assert "Sociaal Werk Nederland" in applicant.body and "Sociaal Werk Nederland" in html
    assert "kunt u deze e-mail negeren" in applicant.body
    # The bureau still gets everything that was filled in.
    for value in ("spam.example", "Nog meer reclame.", "Bel 0900-SPAM", "12345678"):
        assert value in bureau.body


@pytest.mark.parametrize(
    "thank_you_text", ["<p>Het bureau neemt binnen <b>twee weken</b> contact met u op.</p>", ""]
)
def test_the_confirmation_promises_what_the_thank_you_page_says(
    client, membership_page, django_capture_on_commit_callbacks, thank_you_text
):
    membership_page.thank_you_text = thank_you_text
    membership_page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, application())
    thanks = client.get(response["Location"]).content.decode()

    promise = membership_page.next_steps()
    assert thanks.count(promise) == 1
    applicant = mail.outbox[1]
    assert promise in applicant.alternatives[0][0]
    assert plain_text(promise) in applicant.body
    if thank_you_text:
        assert "Het bureau neemt binnen twee weken contact met u op." in applicant.body


@pytest.mark.parametrize("base_url", ["http://testserver", "http://127.0.0.1:8123"])
def test_the_bureau_mail_links_to_the_application_in_the_admin(
    admin_client, membership_page, django_capture_on_commit_callbacks, settings, base_url
):
    settings.WAGTAILADMIN_BASE_URL = base_url
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(URL, application(organisation_name="Welzijn Zeist"))

    saved = MembershipApplication.objects.get()
    link = f"{base_url}/admin/aanmeldingen/edit/{saved.pk}/"
    bureau = mail.outbox[0]
    assert link in bureau.body and f'href="{link}"' in bureau.alternatives[0][0]
    assert "Welzijn Zeist" in admin_client.get(link.removeprefix(base_url)).content.decode()
