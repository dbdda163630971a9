"""Contact messages in the admin: only the contact page's messages, in every view; an
excerpt in listings, the whole text when one is opened; exports that run no formula in
a spreadsheet that splits on commas or on semicolons; nobody adds or edits a message."""

import datetime
import io
import re

import pytest
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from contact.listings import EXCERPT_LENGTH
from sociaalwerk.editorial.roles import MEMBER_ADMINISTRATION
from sociaalwerk.public_forms.exports import neutralise
from tests.contact.helpers import form_data
from tests.factories import StandardPageFactory
from tests.helpers import cells_that_would_run, csv_rows, exported_csv, xlsx_sheet

pytestmark = pytest.mark.django_db

URL = "/admin/contactberichten/"
HOSTILE = {
    "naam": "Utrecht;=1+1;",
    "onderwerp": ' =HYPERLINK("http://x")',
    "bericht": "Goedendag,\n@SUM(1+1)*cmd|' /C calc'!A0\n-2+3;+4",
}


def message(page, **values):
    data = {"naam": "Anna de Vries", "e_mail": "anna@example.org", "bericht": "Een vraag."}
    return FormSubmission.objects.create(page=page, form_data={**data, **values})


@pytest.fixture
def member_admin(client, staff):
    client.force_login(staff[MEMBER_ADMINISTRATION])
    return client


@pytest.fixture
def other_form_message(home_page):
    """A submission of another page: what Wagtail stores for any form page."""
    other = StandardPageFactory(parent=home_page, title="Aanmelden congres")
    return message(other, naam="Congresganger", bericht="Graag twee plaatsen.")


def test_only_the_contact_page_messages_are_listed_or_reachable(
    member_admin, admin_client, contact_page, other_form_message
):
    mine = message(contact_page, naam="Anna de Vries")

    listing = member_admin.get(URL).content.decode()
    assert "Anna de Vries" in listing and "Congresganger" not in listing
    other = other_form_message.pk
    for client in (member_admin, admin_client):
        assert client.get(f"{URL}inspect/{other}/").status_code == 404
        assert client.get(f"{URL}delete/{other}/").status_code == 404
        assert client.post(f"{URL}delete/{other}/").status_code == 404
        assert client.get(f"{URL}history/{other}/").status_code == 404
    assert admin_client.get(f"{URL}edit/{other}/").status_code in (302, 403, 404)
    export = exported_csv(member_admin.get(f"{URL}?export=csv"))
    assert "Anna de Vries" in export and "Congresganger" not in export
    assert FormSubmission.objects.filter(pk=other).exists()

    assert member_admin.get(f"{URL}inspect/{mine.pk}/").status_code == 200
    assert member_admin.post(f"{URL}delete/{mine.pk}/").status_code == 302
    assert not FormSubmission.objects.filter(pk=mine.pk).exists()


def test_nobody_adds_or_edits_a_message(admin_client, contact_page):
    mine = message(contact_page)

    assert "/new/" not in admin_client.get(URL).content.decode()
    assert admin_client.get(f"{URL}new/").status_code in (302, 403)
    assert admin_client.post(f"{URL}new/", {"form_data": "{}"}).status_code in (302, 403)
    response = admin_client.post(f"{URL}edit/{mine.pk}/", {"form_data": '{"naam": "x"}'})
    assert response.status_code in (302, 403)
    mine.refresh_from_db()
    assert mine.form_data["naam"] == "Anna de Vries"


def test_listings_show_an_excerpt_and_the_message_is_whole_when_opened(
    member_admin, admin_client, contact_page
):
    # Stored before messages had a limit: kept, never shown whole in a listing.
    long_text = "Begin van het bericht. " + "lang " * 20_000 + "EINDE"
    stored = message(contact_page, bericht=long_text)

    for client, url in (
        (member_admin, URL),
        (admin_client, f"/admin/forms/submissions/{contact_page.pk}/"),
    ):
        listing = client.get(url).content.decode()
        assert "Begin van het bericht." in listing, url
        assert "lang " * (EXCERPT_LENGTH // 5) not in listing, url
        assert "EINDE" not in listing and len(listing) < len(long_text), url
    opened = member_admin.get(f"{URL}inspect/{stored.pk}/").content.decode()
    assert long_text in opened
    export = exported_csv(member_admin.get(f"{URL}?export=csv"))
    assert long_text in export


def csv_export(client, url):
    response = client.get(f"{url}?export=csv")
    assert response.status_code == 200
    return exported_csv(response)


def xlsx_rows(client, url):
    response = client.get(f"{url}?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return list(sheet.iter_rows())


def test_exports_run_no_formula_with_commas_or_semicolons(member_admin, admin_client, contact_page):
    message(contact_page, **HOSTILE)
    urls = [(member_admin, URL), (admin_client, f"/admin/forms/submissions/{contact_page.pk}/")]

    for client, url in urls:
        text = csv_export(client, url)
        assert cells_that_would_run(text) == [], url
        _header, row = csv_rows(text)
        for name, value in HOSTILE.items():
            assert neutralise(value) in row, (url, name)  # the text still reads as typed

        cells = [cell for row in xlsx_rows(client, url) for cell in row]
        values = [cell.value for cell in cells if isinstance(cell.value, str)]
        assert neutralise(HOSTILE["bericht"]) in values, url
        assert all(cell.data_type != "f" for cell in cells), url
        assert not [value for value in values if value.lstrip()[:1] in "=+-@"], url


def test_an_editor_label_that_looks_like_a_formula_runs_neither(admin_client, contact_page):
    field = contact_page.form_fields.get(clean_name="onderwerp")
    field.label = "=1+1;=2+2"
    field.save()
    message(contact_page, onderwerp="Vraag")

    for url in (URL, f"/admin/forms/submissions/{contact_page.pk}/"):
        assert cells_that_would_run(csv_export(admin_client, url)) == [], url


def test_a_sent_message_is_listed_for_the_member_administration(member_admin, contact_page, send):
    send(form_data(bericht="Wanneer is de ALV?"))

    listing = member_admin.get(URL).content.decode()
    assert "Wanneer is de ALV?" in listing
    assert f'href="{URL}?export=csv"' in listing and f'href="{URL}?export=xlsx"' in listing


# 13:05:42.5 UTC is 14:05 in Amsterdam in December.
RECEIVED = datetime.datetime(2026, 12, 6, 13, 5, 42, 500_000, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("listing", "received"),
    [("contact messages", "Ontvangen"), ("form submissions", "Datum van inzending")],
)
def test_exports_open_in_dutch_excel(admin_client, contact_page, listing, received):
    sent = message(contact_page, naam="Anna de Vriës")
    FormSubmission.objects.filter(pk=sent.pk).update(submit_time=RECEIVED)
    submissions = f"/admin/forms/submissions/{contact_page.pk}/"
    url = {"contact messages": URL, "form submissions": submissions}[listing]

    header, row = csv_rows(csv_export(admin_client, url))
    assert header[:2] == [received, "Naam"]
    assert row[:2] == ["06-12-2026 14:05", "Anna de Vriës"]

    sheet = xlsx_sheet(admin_client.get(f"{url}?export=xlsx"))
    assert sheet.title == "Contactberichten"
    assert sheet["A2"].value == datetime.datetime(2026, 12, 6, 14, 5)


def test_the_listing_shows_who_what_and_when_and_opens_the_whole_message(
    member_admin, contact_page
):
    sent = message(
        contact_page, naam="Anna de Vries", onderwerp="Ledenvergadering", bericht="Hallo,\nWanneer?"
    )
    FormSubmission.objects.filter(pk=sent.pk).update(submit_time=RECEIVED)

    listing = member_admin.get(URL).content.decode()
    table = listing.index('<table class="listing">')
    thead = listing[table : listing.index("</thead>", table)]
    headings = re.sub(r"<[^>]+>", "\n", thead).split()
    assert headings[0] == "Naam" and headings[-1] == "Ontvangen"
    assert "Onderwerp" in headings
    inspect = f"{URL}inspect/{sent.pk}/"
    assert re.search(rf'<a href="{inspect}"[^>]*>\s*Anna de Vries\s*</a>', listing)
    assert "Ledenvergadering" in listing and "6 december 2026 14:05" in listing

    opened = member_admin.get(inspect).content.decode()
    assert "Ledenvergadering" in opened and "Hallo,<br>Wanneer?" in opened
