"""Applications in the admin: staff filter, handle and export them, in exports that run
no formula in a spreadsheet; only staff with the permission see them."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from sociaalwerk.public_forms.exports import neutralise
from tests.factories import MembershipApplicationFactory
from tests.helpers import cells_that_would_run, csv_rows, exported_csv, xlsx_sheet

pytestmark = pytest.mark.django_db


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
    rows = csv_rows(exported_csv(export))
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


HOSTILE = {
    "organisation_name": "Welzijn Utrecht",
    "city": "Utrecht;=1+1;",
    "street_address": ' =HYPERLINK("http://x";"klik")',
    "contact_role": "Directeur;\t-2+3",
    "message": "Goedendag,\n@SUM(1+1)*cmd|' /C calc'!A0",
    "notes": "Gebeld;+31 6 12345678",
}


def test_exports_run_no_formula_with_commas_or_semicolons(admin_client, membership_page):
    MembershipApplicationFactory(**HOSTILE)

    response = admin_client.get("/admin/aanmeldingen/?export=csv")
    text = exported_csv(response)
    assert cells_that_would_run(text) == []
    _header, row = csv_rows(text)
    for value in HOSTILE.values():
        assert neutralise(value) in row  # the text still reads as it was typed
    assert "Utrecht;'=1+1;'" in row

    response = admin_client.get("/admin/aanmeldingen/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [cell.value for cell in cells]
    for value in HOSTILE.values():
        assert neutralise(value) in values


# 13:05:42.5 UTC is 14:05 in Amsterdam in December.
RECEIVED = datetime.datetime(2026, 12, 6, 13, 5, 42, 500_000, tzinfo=datetime.UTC)


def test_exports_open_in_dutch_excel(admin_client, membership_page):
    MembershipApplicationFactory(organisation_name="Coöperatie Zorg", created_at=RECEIVED)

    header, row = csv_rows(exported_csv(admin_client.get("/admin/aanmeldingen/?export=csv")))
    assert header[:3] == ["Ontvangen", "Status", "Naam organisatie"]
    assert row[:3] == ["06-12-2026 14:05", "Nieuw", "Coöperatie Zorg"]

    sheet = xlsx_sheet(admin_client.get("/admin/aanmeldingen/?export=xlsx"))
    assert sheet.title == "Aanvragen lidmaatschap"
    assert sheet["A1"].value == "Ontvangen"
    assert sheet["A2"].value == datetime.datetime(2026, 12, 6, 14, 5)
    assert sheet["A2"].number_format == "dd-mm-yyyy hh:mm"
