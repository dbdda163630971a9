"""Applying for membership: the application is stored once, mailed, thanked for, and shown
as text wherever it appears."""

import pytest
from django.core import mail

from members.models import MembershipApplication
from tests.helpers import csv_rows, exported_csv
from tests.members.helpers import URL, application

pytestmark = pytest.mark.django_db


def test_valid_application_is_saved_redirected_and_mailed(
    client, membership_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL, application(postcode="3511aa", phone="06-12345678", kvk_number="1234 5678")
        )
    assert response.status_code == 302 and response["Location"] == "/lid-worden/bedankt/"
    saved = MembershipApplication.objects.get()
    assert (saved.postcode, saved.kvk_number, saved.phone) == ("3511 AA", "12345678", "06-12345678")
    assert saved.status == "new" and saved.privacy_consent and saved.mail_status == "sent"
    bureau, applicant = mail.outbox
    assert bureau.to == ["bureau@sociaalwerk.example"]
    assert bureau.subject == "Nieuwe aanvraag lidmaatschap: Welzijn Utrecht"
    assert "Oudegracht 1, 3511 AA Utrecht" in bureau.body
    assert "06-12345678" in bureau.body and "06-12345678" in bureau.alternatives[0][0]
    assert applicant.to == ["anna@welzijn.example"]
    assert "Sociaal Werk Nederland" in applicant.body and "Anna" not in applicant.body
    thanks = client.get(response["Location"])
    assert "Bedankt, we nemen contact op." in thanks.content.decode()
    assert MembershipApplication.objects.count() == 1


def test_the_introduction_stands_above_the_form_with_its_list(client, membership_page):
    membership_page.intro = "<p>Wat u krijgt:</p><ul><li>de cao</li><li>een helpdesk</li></ul>"
    membership_page.save_revision().publish()

    html = client.get(URL).content.decode()

    intro = '<div class="form-page__intro rich-text"><p>Wat u krijgt:</p><ul><li>de cao</li>'
    assert intro in html
    assert html.index(intro) < html.index('<form class="form"')


def test_double_submit_of_the_same_form_is_stored_once(
    client, membership_page, django_capture_on_commit_callbacks
):
    data = application()
    with django_capture_on_commit_callbacks(execute=True):
        first, second = client.post(URL, data), client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert MembershipApplication.objects.count() == 1
    assert len(mail.outbox) == 2


HOSTILE = '<script>alert("x")</script><b onmouseover=alert(1)>Zorg & Co</b>'


SQL = "Robert'); DROP TABLE members_membershipapplication;--"


def test_hostile_text_is_stored_as_text_and_escaped_on_the_site_in_mail_and_admin(
    client, admin_client, membership_page, django_capture_on_commit_callbacks
):
    data = application(
        organisation_name=HOSTILE, message=SQL, contact_name='=HYPERLINK("http://x")'
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, data)
    saved = MembershipApplication.objects.get()
    assert saved.organisation_name == HOSTILE and saved.message == SQL
    bureau = mail.outbox[0]
    html_alternative = bureau.alternatives[0][0]
    assert "<script>" not in html_alternative and "&lt;script&gt;" in html_alternative
    assert "\n" not in bureau.subject
    listing = admin_client.get("/admin/aanmeldingen/").content.decode()
    assert "&lt;script&gt;alert" in listing and '<script>alert("x")' not in listing
    inspect = admin_client.get(f"/admin/aanmeldingen/inspect/{saved.pk}/").content.decode()
    assert "&lt;script&gt;alert" in inspect and '<script>alert("x")' not in inspect
    export = admin_client.get("/admin/aanmeldingen/?export=csv")
    rows = csv_rows(exported_csv(export))
    assert HOSTILE in rows[1]
    assert '\'=HYPERLINK("http://x")' in rows[1]
