"""'Lid worden': validation, the flow, spam protection, faults and the admin."""

import csv
import io
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from members.models import MembershipApplication
from sociaalwerk.public_forms.spam import new_token
from tests.factories import MembershipApplicationFactory

pytestmark = pytest.mark.django_db

URL = "/lid-worden/"


class FailingBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture(autouse=True)
def _forms_without_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 100
    cache.clear()


def application(**overrides):
    data = {
        "organisation_name": "Welzijn Utrecht",
        "kvk_number": "12345678",
        "street_address": "Oudegracht 1",
        "postcode": "3511 AA",
        "city": "Utrecht",
        "website": "https://welzijn.example",
        "employees": "120",
        "contact_name": "Anna de Vries",
        "contact_role": "Directeur",
        "email": "anna@welzijn.example",
        "phone": "030 123 45 67",
        "message": "Wij willen graag lid worden.",
        "privacy_consent": "on",
        "homepage": "",
        "form_token": new_token(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_form_shows_every_field_with_labels_and_the_privacy_link(client, membership_page):
    html = client.get(URL).content.decode()
    for name in (
        "organisation_name",
        "kvk_number",
        "postcode",
        "email",
        "phone",
        "privacy_consent",
    ):
        assert f'for="id_{name}"' in html and f'id="id_{name}"' in html
    assert '<a href="/privacy/">privacyverklaring</a>' in html
    assert 'class="form__trap" aria-hidden="true"' in html


def test_valid_application_is_saved_redirected_and_mailed(
    client, membership_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL, application(postcode="3511aa", phone="06-12345678", kvk_number="1234 5678")
        )
    assert response.status_code == 302 and response["Location"] == "/lid-worden/bedankt/"
    saved = MembershipApplication.objects.get()
    assert (saved.postcode, saved.kvk_number, saved.phone) == ("3511 AA", "12345678", "0612345678")
    assert saved.status == "new" and saved.privacy_consent and saved.mail_status == "sent"
    bureau, applicant = mail.outbox
    assert bureau.to == ["bureau@sociaalwerk.example"]
    assert bureau.subject == "Nieuwe aanvraag lidmaatschap: Welzijn Utrecht"
    assert applicant.to == ["anna@welzijn.example"]
    assert (
        "Beste Anna de Vries," in applicant.body
        and "Oudegracht 1, 3511 AA Utrecht" in applicant.body
    )
    thanks = client.get(response["Location"])
    assert "Bedankt, we nemen contact op." in thanks.content.decode()
    assert MembershipApplication.objects.count() == 1


def test_double_submit_of_the_same_form_is_stored_once(
    client, membership_page, django_capture_on_commit_callbacks
):
    data = application()
    with django_capture_on_commit_callbacks(execute=True):
        first, second = client.post(URL, data), client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert MembershipApplication.objects.count() == 1
    assert len(mail.outbox) == 2


def test_empty_form_names_every_required_field_and_stores_nothing(client, membership_page):
    response = client.post(URL, {"form_token": new_token()})
    assert response.status_code == 200
    errors = response.context["form"].errors
    required = {
        "organisation_name",
        "kvk_number",
        "street_address",
        "postcode",
        "city",
        "employees",
        "contact_name",
        "email",
        "phone",
        "privacy_consent",
    }
    assert required <= set(errors)
    assert "Dit is een verplicht veld." in errors["organisation_name"]
    assert 'role="alert"' in response.content.decode()
    assert not MembershipApplication.objects.exists()


INVALID = [
    ("kvk_number", "1234567", "Een KvK-nummer heeft precies 8 cijfers"),
    ("kvk_number", "123456789", "Een KvK-nummer heeft precies 8 cijfers"),
    ("kvk_number", "1234abcd", "Een KvK-nummer heeft precies 8 cijfers"),
    ("postcode", "0123 AB", "Vul een Nederlandse postcode in"),
    ("postcode", "1234", "Vul een Nederlandse postcode in"),
    ("postcode", "12345 AB", "Vul een Nederlandse postcode in"),
    ("email", "anna@", "Vul een e-mailadres in"),
    ("phone", "12345", "Vul een Nederlands of internationaal telefoonnummer in"),
    ("phone", "+0 30 1234567", "Vul een Nederlands of internationaal telefoonnummer in"),
    ("website", "niet een adres", "Vul een webadres in"),
    ("employees", "0", "minstens 1"),
    ("employees", "-5", "minstens 1"),
    ("employees", "veel", "hele getal"),
    ("employees", "99999999999", "realistisch aantal"),
    ("privacy_consent", None, "Ga akkoord met de privacyverklaring"),
]


@pytest.mark.parametrize(("field", "value", "message"), INVALID)
def test_each_invalid_field_gets_its_own_dutch_message(
    client, membership_page, field, value, message
):
    response = client.post(URL, application(**{field: value}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert (
        f'aria-describedby="id_{field}_error"' in response.content.decode()
        or field == "privacy_consent"
    )
    assert not MembershipApplication.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("phone", "+31 (0)30-123 45 67", "+31301234567"),
        ("phone", "0031 30 1234567", "+31301234567"),
        ("phone", "+32 2 123 45 67", "+3221234567"),
        ("website", "www.welzijn.example", "https://www.welzijn.example"),
        ("postcode", " 3511aa ", "3511 AA"),
    ],
)
def test_common_ways_of_writing_are_normalised(client, membership_page, field, value, stored):
    client.post(URL, application(**{field: value}))
    assert getattr(MembershipApplication.objects.get(), field) == stored


def test_huge_values_are_refused_per_field_without_an_error_page(client, membership_page):
    huge = "x" * 10_000
    data = application(
        **dict.fromkeys(
            (
                "organisation_name",
                "street_address",
                "city",
                "contact_name",
                "contact_role",
                "message",
                "website",
                "phone",
                "kvk_number",
                "postcode",
                "email",
            ),
            huge,
        )
    )
    response = client.post(URL, data)
    assert response.status_code == 200
    assert len(response.context["form"].errors) == 11
    assert not MembershipApplication.objects.exists()


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
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert HOSTILE in rows[1]
    assert '\'=HYPERLINK("http://x")' in rows[1]


def test_emoji_and_accents_are_kept(client, membership_page):
    client.post(
        URL, application(organisation_name="Stichting Één 🤝 Café", city="’s-Hertogenbosch")
    )
    saved = MembershipApplication.objects.get()
    assert saved.organisation_name == "Stichting Één 🤝 Café" and saved.city == "’s-Hertogenbosch"


def test_filled_honeypot_is_refused_with_a_message(client, membership_page):
    response = client.post(URL, application(homepage="http://spam.example"))
    assert response.status_code == 200
    assert "lijkt automatisch verstuurd" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_a_form_sent_within_seconds_is_refused_and_can_be_sent_again(
    client, membership_page, settings
):
    settings.SPAM_MIN_FILL_SECONDS = 60
    response = client.post(URL, application())
    assert "U verstuurde het formulier erg snel" in response.content.decode()
    assert not MembershipApplication.objects.exists()
    fresh_token = response.context["form"].data["form_token"]
    with mock.patch(
        "sociaalwerk.public_forms.spam.time.time", return_value=timezone.now().timestamp() + 61
    ):
        assert client.post(URL, application(form_token=fresh_token)).status_code == 302


@pytest.mark.parametrize("token", ["", "nep-token", new_token()[:-3] + "abc"])
def test_a_missing_or_tampered_token_is_refused(client, membership_page, token):
    response = client.post(URL, application(form_token=token))
    assert "Het formulier stond te lang open" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_too_many_applications_from_one_address_are_refused_politely(
    client, membership_page, settings
):
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 2
    statuses = [client.post(URL, application()).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    response = client.post(URL, application())
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert MembershipApplication.objects.count() == 2


@pytest.mark.parametrize(
    "token", [None, "wrong-token-0000000000000000000000000000000000000000000000000000"]
)
def test_missing_or_wrong_csrf_token_gives_a_dutch_403(membership_page, token):
    client = Client(enforce_csrf_checks=True)
    client.get(URL)
    data = application()
    if token:
        data["csrfmiddlewaretoken"] = token
    response = client.post(URL, data)
    assert response.status_code == 403
    assert "Het formulier kon niet worden verstuurd" in response.content.decode()
    assert not MembershipApplication.objects.exists()


def test_a_database_that_refuses_the_write_gives_a_clear_page_and_saves_nothing(
    client, membership_page
):
    with mock.patch.object(MembershipApplication, "save", side_effect=OperationalError("db away")):
        response = client.post(URL, application())
    assert response.status_code == 503
    html = response.content.decode()
    assert "Er is niets opgeslagen" in html and 'value="Welzijn Utrecht"' in html
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox


def test_a_mail_server_that_is_down_loses_nothing_and_the_mails_are_retried(
    client, membership_page, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.members.test_forms.FailingBackend"
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


def test_staff_filter_handle_and_export_applications(admin_client, membership_page):
    accepted = MembershipApplicationFactory(organisation_name="Geaccepteerd", status="accepted")
    MembershipApplicationFactory(organisation_name="Nieuwe aanvraag")
    listing = admin_client.get("/admin/aanmeldingen/?status=accepted").content.decode()
    assert "Geaccepteerd" in listing and "Nieuwe aanvraag" not in listing
    assert "Nieuwe aanvraag" in admin_client.get("/admin/aanmeldingen/?q=Nieuwe").content.decode()
    edit_url = f"/admin/aanmeldingen/edit/{accepted.pk}/"
    assert (
        admin_client.post(
            edit_url, {"status": "rejected", "notes": "Geen sociaal werk."}
        ).status_code
        == 302
    )
    accepted.refresh_from_db()
    assert (accepted.status, accepted.notes, accepted.organisation_name) == (
        "rejected",
        "Geen sociaal werk.",
        "Geaccepteerd",
    )
    export = admin_client.get("/admin/aanmeldingen/?status=rejected&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert len(rows) == 2 and rows[1][2] == "Geaccepteerd"


def test_only_staff_with_the_permission_see_applications(client, membership_page):
    MembershipApplicationFactory(organisation_name="Geheim")
    editor = get_user_model().objects.create_user("redacteur", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/aanmeldingen/")
    assert response.status_code in (302, 403)
    members = Group.objects.create(name="Ledenadministratie")
    members.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_membershipapplication",
                "change_membershipapplication",
            ]
        )
    )
    editor.groups.add(members)
    editor = get_user_model().objects.get(pk=editor.pk)
    client.force_login(editor)
    assert "Geheim" in client.get("/admin/aanmeldingen/").content.decode()
