"""Registrations in the admin: the member administration sees who registered and exports
them safely; editors and chief editors see how many, never who; nobody adds, changes or
deletes a registration by hand."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from agenda.models import EventRegistration
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, setup_roles
from sociaalwerk.public_forms.exports import neutralise
from tests.agenda.registration_helpers import add_registrations
from tests.factories import EventPageFactory
from tests.helpers import cells_that_would_run, csv_rows, exported_csv, xlsx_sheet

pytestmark = pytest.mark.django_db

Status = EventRegistration.Status
LISTING = "/admin/aanmeldingen-activiteiten/"


@pytest.fixture
def role_users(content_site):
    """The three roles as ``setup_roles`` makes them, one user in each: {role: user}."""
    setup_roles()
    users = {}
    for name in (EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION):
        user = get_user_model().objects.create_user(name.lower(), "", "x")
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users


@pytest.fixture
def registrations(event):
    add_registrations(event, 3)
    add_registrations(event, 2, status=Status.WAITING)
    add_registrations(event, 1, status=Status.CANCELLED)
    return event


def test_the_member_administration_sees_registrations_per_event_and_exports_them(
    client, role_users, registrations, agenda
):
    other = EventPageFactory(parent=agenda, registration="on_site", capacity=10)
    EventRegistration.objects.create(
        event=other, name="Elders", email="elders@example.org", status=Status.CONFIRMED
    )
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    html = client.get(f"{LISTING}?event={registrations.pk}").content.decode()
    assert "deelnemer1@example.org" in html and "elders@example.org" not in html
    assert "3 bevestigd, 2 op de wachtlijst, 1 geannuleerd" in html
    html = client.get(f"{LISTING}?event={registrations.pk}&status=waiting").content.decode()
    assert "deelnemer4@example.org" in html and "deelnemer1@example.org" not in html
    assert "Aanmeldingen activiteiten" in client.get("/admin/").content.decode()

    export = client.get(f"{LISTING}?event={registrations.pk}&export=csv")
    rows = csv_rows(exported_csv(export))
    assert len(rows) == 7
    assert {row[1] for row in rows[1:]} == {"Bevestigd", "Op de wachtlijst", "Geannuleerd"}


def test_the_dashboard_and_the_edit_page_count_for_everyone_and_link_only_for_some(
    client, role_users, registrations
):
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    dashboard = client.get("/admin/").content.decode()
    assert f'href="{LISTING}?event={registrations.pk}"' in dashboard

    for role in (EDITORS, CHIEF_EDITORS):
        client.force_login(role_users[role])
        dashboard = client.get("/admin/").content.decode()
        assert "Regiobijeenkomst Utrecht" in dashboard and "3 / 3" in dashboard
        assert "@example.org" not in dashboard and LISTING not in dashboard

    edit = client.get(f"/admin/pages/{registrations.pk}/edit/")
    assert edit.status_code == 200
    html = edit.content.decode()
    assert "3 bevestigd, 2 op de wachtlijst, 1 geannuleerd" in html
    assert "@example.org" not in html and LISTING not in html


@pytest.mark.parametrize("role", [EDITORS, CHIEF_EDITORS])
def test_editors_and_chief_editors_never_see_who_registered(
    client, role_users, registrations, role
):
    client.force_login(role_users[role])
    for url in (
        LISTING,
        f"{LISTING}?export=csv",
        f"{LISTING}inspect/{registrations.registrations.first().pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"@example.org" not in response.content
    assert LISTING not in client.get("/admin/").content.decode()  # not in the menu


def test_nobody_adds_changes_or_deletes_a_registration_in_the_admin(admin_client, registrations):
    registration = registrations.registrations.first()
    assert admin_client.get(LISTING).status_code == 200
    for url in (
        f"{LISTING}new/",
        f"{LISTING}edit/{registration.pk}/",
        f"{LISTING}delete/{registration.pk}/",
    ):
        assert admin_client.get(url).status_code in (302, 403), url
        assert admin_client.post(url, {"name": "Anders"}).status_code in (302, 403), url
    registration.refresh_from_db()
    assert registration.name != "Anders" and EventRegistration.objects.count() == 6


HOSTILE = {
    "name": "Anna;=1+1;",
    "organisation": ' =HYPERLINK("http://x";"klik")',
    "email": "anna@example.org",
    "remarks": "Goedendag,\n@SUM(1+1)*cmd|' /C calc'!A0\t-2+3",
}


def test_exports_run_no_formula_with_commas_or_semicolons(admin_client, event):
    EventRegistration.objects.create(event=event, status=Status.CONFIRMED, **HOSTILE)

    text = exported_csv(admin_client.get(f"{LISTING}?export=csv"))
    assert cells_that_would_run(text) == []
    _header, row = csv_rows(text)
    for value in HOSTILE.values():
        assert neutralise(value) in row
    assert "Anna;'=1+1;'" in row

    response = admin_client.get(f"{LISTING}?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert {neutralise(value) for value in HOSTILE.values()} <= {cell.value for cell in cells}


def test_exports_open_in_dutch_excel(admin_client, event):
    # 13:05:42.5 UTC is 14:05 in Amsterdam in December.
    registered = datetime.datetime(2026, 12, 6, 13, 5, 42, 500_000, tzinfo=datetime.UTC)
    EventRegistration.objects.create(
        event=event,
        status=Status.CONFIRMED,
        name="Anna Smeets",
        email="a@example.org",
        created_at=registered,
    )

    header, row = csv_rows(exported_csv(admin_client.get(f"{LISTING}?export=csv")))
    assert header[:4] == ["Activiteit", "Status", "Aangemeld", "Naam"]
    assert row[1:4] == ["Bevestigd", "06-12-2026 14:05", "Anna Smeets"]

    sheet = xlsx_sheet(admin_client.get(f"{LISTING}?export=xlsx"))
    assert sheet.title == "Aanmeldingen voor activiteiten"
    assert sheet["C2"].value == datetime.datetime(2026, 12, 6, 14, 5)
