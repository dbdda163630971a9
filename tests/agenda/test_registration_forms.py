"""The registration form on bad input: a Dutch message for each field, nothing stored,
and what was typed kept as text, wherever it is shown."""

import pytest
from django.core import mail

from agenda.models import EventRegistration
from sociaalwerk.public_forms.exports import neutralise
from sociaalwerk.public_forms.spam import new_token
from tests.agenda.registration_helpers import form_url, registration
from tests.helpers import csv_rows, exported_csv

pytestmark = pytest.mark.django_db


def test_an_empty_form_names_every_required_field_and_stores_nothing(client, event):
    response = client.post(form_url(event), {"form_token": new_token()})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"name", "email", "privacy_consent"}
    assert errors["name"] == ["Dit is een verplicht veld."]
    assert "Ga akkoord met de privacyverklaring om u aan te melden." in errors["privacy_consent"]
    html = response.content.decode()
    assert 'role="alert"' in html and 'aria-describedby="id_name_error"' in html
    assert not EventRegistration.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "anna@", "Vul een e-mailadres in, zoals naam@organisatie.nl."),
        ("email", "anna welzijn.example", "Vul een e-mailadres in"),
        ("name", "   ", "Dit is een verplicht veld."),
        ("name", "Anna\x00", "Null-tekens zijn niet toegestaan."),
        ("privacy_consent", None, "Ga akkoord met de privacyverklaring"),
    ],
)
def test_each_invalid_field_gets_its_own_dutch_message(client, event, field, value, message):
    response = client.post(form_url(event), registration(**{field: value}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert not EventRegistration.objects.exists()


def test_huge_values_are_refused_per_field_with_the_text_kept(client, event):
    huge = "x" * 10_000
    data = registration(name=huge, organisation=huge, remarks=huge, email=f"{huge}@example.org")
    response = client.post(form_url(event), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"name", "organisation", "remarks", "email"}
    assert "niet meer dan 150 tekens" in " ".join(errors["name"])
    assert "niet meer dan 2000 tekens" in " ".join(errors["remarks"])
    assert huge in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_emoji_accents_and_quotes_are_kept(client, event):
    client.post(
        form_url(event),
        registration(name="Zoë ’t Hart 🤝", organisation="Stichting Één", remarks="Café «ja»"),
    )
    saved = EventRegistration.objects.get()
    assert (saved.name, saved.organisation, saved.remarks) == (
        "Zoë ’t Hart 🤝",
        "Stichting Één",
        "Café «ja»",
    )


HOSTILE = '<script>alert("x")</script><b onmouseover=alert(1)>Zorg & Co</b>'
SQL = "Robert'); DROP TABLE agenda_eventregistration;--"


def test_html_and_sql_are_stored_as_text_and_shown_as_text_everywhere(
    client, admin_client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url(event),
            registration(name=HOSTILE, organisation=SQL, remarks='=HYPERLINK("http://x")'),
        )
    assert response.status_code == 302
    saved = EventRegistration.objects.get()
    assert (saved.name, saved.organisation) == (HOSTILE, SQL)

    # The attendee's mail carries nothing that was typed.
    (message,) = mail.outbox
    for text in (message.subject, message.body, message.alternatives[0][0]):
        assert "alert" not in text and "DROP TABLE" not in text and "Zorg" not in text

    # The form shown again after an error escapes what was typed.
    again = client.post(form_url(event), registration(name=HOSTILE, email="fout")).content
    assert b'<script>alert("x")' not in again and b"&lt;script&gt;alert" in again

    listing = admin_client.get("/admin/aanmeldingen-activiteiten/").content.decode()
    assert "&lt;script&gt;alert" in listing and '<script>alert("x")' not in listing
    inspect = admin_client.get(
        f"/admin/aanmeldingen-activiteiten/inspect/{saved.pk}/"
    ).content.decode()
    assert "&lt;script&gt;alert" in inspect and '<script>alert("x")' not in inspect
    export = admin_client.get("/admin/aanmeldingen-activiteiten/?export=csv")
    rows = csv_rows(exported_csv(export))
    # Text as typed; only what a spreadsheet would run gets an apostrophe.
    assert HOSTILE in rows[1] and neutralise(SQL) in rows[1]
    assert '\'=HYPERLINK("http://x")' in rows[1]
