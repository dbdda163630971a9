"""Member organisations in the admin: the membership administration lists, searches,
filters, exports and edits them, and makes an accepted application a member; the editors
see nothing of them."""

import datetime

import pytest

from members.models import MemberOrganisation
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION
from sociaalwerk.public_forms.exports import neutralise
from tests.factories import MemberOrganisationFactory, MembershipApplicationFactory
from tests.helpers import cells_that_would_run, csv_rows, exported_csv, xlsx_sheet
from tests.project.admin_text import SIDEBAR

pytestmark = pytest.mark.django_db
LISTING = "/admin/ledenorganisaties/"


def listed(client, query=""):
    return client.get(f"{LISTING}?{query}").content.decode()


def test_staff_search_and_filter_the_organisations(admin_client):
    MemberOrganisationFactory(name="Welzijn Groningen", postcode="9711 AA", city="Groningen")
    MemberOrganisationFactory(name="Buurtwerk Utrecht", kvk_number="87654321")
    MemberOrganisationFactory(
        name="Oud Lid Zeeland",
        postcode="4331 AA",
        city="Middelburg",
        status="ended",
        ended_on=datetime.date(2024, 6, 30),
    )
    everyone = listed(admin_client)
    assert all(name in everyone for name in ("Welzijn Groningen", "Buurtwerk", "Oud Lid"))
    by_city = listed(admin_client, "q=Middelburg")
    assert "Oud Lid Zeeland" in by_city and "Buurtwerk" not in by_city
    by_kvk = listed(admin_client, "q=87654321")
    assert "Buurtwerk Utrecht" in by_kvk and "Welzijn Groningen" not in by_kvk
    by_name = listed(admin_client, "q=welzijn")
    assert "Welzijn Groningen" in by_name and "Buurtwerk" not in by_name
    in_groningen = listed(admin_client, "province=groningen")
    assert "Welzijn Groningen" in in_groningen and "Buurtwerk" not in in_groningen
    ended = listed(admin_client, "status=ended")
    assert "Oud Lid Zeeland" in ended and "Welzijn Groningen" not in ended


def test_the_form_takes_kvk_number_and_postcode_as_people_type_them(admin_client):
    response = admin_client.post(
        f"{LISTING}new/",
        {
            "name": "Stichting Wijkkracht",
            "kvk_number": " 1234 5678 ",
            "street_address": "Markt 1",
            "postcode": "8911ab",
            "city": "Leeuwarden",
            "chosen_province": "",
            "website": "",
            "member_since": "2025-01-01",
            "status": "active",
            "ended_on": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = MemberOrganisation.objects.get()
    assert (saved.kvk_number, saved.postcode, saved.province) == ("12345678", "8911 AB", "fryslan")


HOSTILE = {
    "name": "Welzijn;=1+1;",
    "city": ' =HYPERLINK("http://x";"klik")',
    "street_address": "Markt 1,\t-2+3",
    "website": "https://example.org/@SUM(1+1)",
}


def test_exports_run_no_formula_with_commas_or_semicolons(admin_client):
    MemberOrganisationFactory(kvk_number="11223344", **HOSTILE)
    text = exported_csv(admin_client.get(f"{LISTING}?export=csv"))
    assert cells_that_would_run(text) == []
    header, row = csv_rows(text)
    assert header[:3] == ["Naam", "KvK-nummer", "Bezoekadres"]
    assert row[1] == "11223344"
    for value in HOSTILE.values():
        assert neutralise(value) in row
    sheet = xlsx_sheet(admin_client.get(f"{LISTING}?export=xlsx"))
    cells = [cell for sheet_row in sheet.iter_rows() for cell in sheet_row]
    assert all(cell.data_type != "f" for cell in cells)
    assert neutralise(HOSTILE["name"]) in [cell.value for cell in cells]


def test_only_the_membership_administration_sees_the_organisations(client, role_users):
    organisation = MemberOrganisationFactory(name="Geheime Stichting")
    urls = [
        LISTING,
        f"{LISTING}?export=csv",
        f"{LISTING}new/",
        f"{LISTING}edit/{organisation.pk}/",
        f"{LISTING}inspect/{organisation.pk}/",
        "/admin/gemeenten/",
    ]
    for role in (EDITORS, CHIEF_EDITORS):
        client.force_login(role_users[role])
        for url in urls:
            response = client.get(url)
            assert response.status_code in (302, 403), (role, url)
            assert b"Geheime Stichting" not in response.content
        assert LISTING not in SIDEBAR.search(client.get("/admin/").content.decode()).group(1)

    client.force_login(role_users[MEMBER_ADMINISTRATION])
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert LISTING in SIDEBAR.search(client.get("/admin/").content.decode()).group(1)
    # Adds and changes, never deletes: an organisation that leaves is marked "ended".
    assert client.get(f"{LISTING}delete/{organisation.pk}/").status_code in (302, 403)


def make_member_url(application):
    return f"{LISTING}uit-aanvraag/{application.pk}/"


def test_an_accepted_application_becomes_a_member_without_retyping(client, role_users):
    application = MembershipApplicationFactory(
        organisation_name="Welzijn Oost",
        kvk_number="24681357",
        street_address="Oostweg 5",
        postcode="7511 AA",
        city="Enschede",
        website="https://oost.example",
        status="accepted",
    )
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    edit = client.get(f"/admin/aanmeldingen/edit/{application.pk}/").content.decode()
    assert make_member_url(application) in edit

    form = client.get(make_member_url(application)).content.decode()
    for value in ("Welzijn Oost", "24681357", "Oostweg 5", "7511 AA", "Enschede"):
        assert f'value="{value}"' in form

    data = {
        "name": "Welzijn Oost",
        "kvk_number": "24681357",
        "street_address": "Oostweg 5",
        "postcode": "7511 AA",
        "city": "Enschede",
        "chosen_province": "",
        "website": "https://oost.example",
        "member_since": "2026-12-01",
        "status": "active",
        "ended_on": "",
    }
    assert client.post(make_member_url(application), data).status_code == 302
    member = MemberOrganisation.objects.get()
    assert (member.application, member.province) == (application, "overijssel")

    # Done once: the button now leads to the organisation, and the form is not offered again.
    edit = client.get(f"/admin/aanmeldingen/edit/{application.pk}/").content.decode()
    assert make_member_url(application) not in edit
    assert f"{LISTING}edit/{member.pk}/" in edit
    again = client.get(make_member_url(application))
    assert again.status_code == 302 and again.url == f"{LISTING}edit/{member.pk}/"
    assert client.post(make_member_url(application), data).status_code == 302
    assert MemberOrganisation.objects.count() == 1


def test_only_an_accepted_application_becomes_a_member(client, role_users):
    application = MembershipApplicationFactory(status="in_review")
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    edit = client.get(f"/admin/aanmeldingen/edit/{application.pk}/").content.decode()
    assert make_member_url(application) not in edit
    response = client.get(make_member_url(application))
    assert response.status_code == 302
    assert response.url == f"/admin/aanmeldingen/edit/{application.pk}/"
    client.force_login(role_users[EDITORS])
    application.status = "accepted"
    application.save()
    assert client.get(make_member_url(application)).status_code in (302, 403)
    assert not MemberOrganisation.objects.exists()
