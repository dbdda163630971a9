"""Importing member organisations from the CSV that Excel writes: new ones created, known
KvK numbers updated, every bad row reported with its line and reason, and then nothing
written; a trial run writes nothing at all."""

import codecs
import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from members.models import MemberOrganisation
from members.organisation_import import import_organisations
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION
from tests.factories import MemberOrganisationFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db

HEADER = "Naam;KvK-nummer;Bezoekadres;Postcode;Plaats;Provincie;Gemeenten;Lid sinds;Status"
ROWS = [
    "Welzijn Groningen;12345678;Grote Markt 1;9711aa;Groningen;;Groningen;2010-01-01;actief",
    "Buurtwerk Mook;2345 6789;Raadhuis 2;6585 AA;Mook;Limburg;;01-03-2015;",
    'Wijkkracht;34567890;"Markt 3, achterom";3511 AA;Utrecht;;"Utrecht, Zeist";2020-05-01;',
]


def csv_file(*lines, delimiter=";", bom=False):
    text = "\r\n".join(line.replace(";", delimiter) for line in lines) + "\r\n"
    return (codecs.BOM_UTF8 if bom else b"") + text.encode()


@pytest.fixture(autouse=True)
def municipalities():
    for name in ("Groningen", "Utrecht", "Zeist"):
        MunicipalityFactory(name=name)


def run(tmp_path, data, *options):
    path = tmp_path / "leden.csv"
    path.write_bytes(data)
    out, err = [], []

    class Stream:
        def __init__(self, into):
            self.into = into

        def write(self, text):
            self.into.append(text)

        def flush(self):
            pass

    try:
        call_command(
            "import_member_organisations",
            str(path),
            *options,
            stdout=Stream(out),
            stderr=Stream(err),
        )
    except CommandError as error:
        err.append(str(error))
    return "".join(out), "".join(err)


def test_a_file_creates_organisations_and_a_second_run_changes_nothing(tmp_path):
    out, err = run(tmp_path, csv_file(HEADER, *ROWS, bom=True))
    assert err == ""
    assert "Geïmporteerd: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd." in out
    groningen = MemberOrganisation.objects.get(kvk_number="12345678")
    assert (groningen.postcode, groningen.province, groningen.chosen_province) == (
        "9711 AA",
        "groningen",
        "",
    )
    assert groningen.municipality_names() == "Groningen"
    mook = MemberOrganisation.objects.get(kvk_number="23456789")
    assert (mook.member_since, mook.province) == (datetime.date(2015, 3, 1), "limburg")
    wijkkracht = MemberOrganisation.objects.get(kvk_number="34567890")
    assert wijkkracht.street_address == "Markt 3, achterom"
    assert wijkkracht.municipality_names() == "Utrecht, Zeist"

    changed_at = wijkkracht.updated_at
    out, err = run(tmp_path, csv_file(HEADER, *ROWS))
    assert "Geïmporteerd: 0 nieuw, 0 bijgewerkt, 3 ongewijzigd." in out
    assert MemberOrganisation.objects.count() == 3
    assert MemberOrganisation.objects.get(kvk_number="34567890").updated_at == changed_at


def test_a_known_kvk_number_is_updated_in_the_columns_of_the_file(tmp_path):
    known = MemberOrganisationFactory(
        kvk_number="12345678", name="Oude naam", street_address="Oud adres 1"
    )
    out, _err = run(
        tmp_path,
        csv_file(
            "Naam,KvK-nummer,Postcode,Plaats,Lid sinds",
            "Nieuwe naam,12345678,9711 AA,Groningen,2010-01-01",
            delimiter=",",
        ),
    )
    assert "0 nieuw, 1 bijgewerkt" in out
    known.refresh_from_db()
    # The address was not in the file, so it stays.
    assert (known.name, known.street_address, known.province) == (
        "Nieuwe naam",
        "Oud adres 1",
        "groningen",
    )


def test_a_dry_run_reports_and_writes_nothing(tmp_path):
    MemberOrganisationFactory(kvk_number="12345678", name="Oude naam")
    out, err = run(tmp_path, csv_file(HEADER, *ROWS), "--dry-run")
    assert err == ""
    assert "Proefrun, er is niets opgeslagen. Een import zou 2 nieuw maken, 1 bijwerken" in out
    assert list(MemberOrganisation.objects.values_list("name", flat=True)) == ["Oude naam"]


BAD_ROWS = [
    ROWS[0],
    "Geen KvK;1234567;Straat 1;3511 AA;Utrecht;;;2020-01-01;",
    ";45678901;Straat 1;3511 AA;Utrecht;;;2020-01-01;",
    "Verkeerde provincie;56789012;Straat 1;3511 AA;Utrecht;Brabant;;2020-01-01;",
    "Dubbel;12345678;Straat 1;3511 AA;Utrecht;;;2020-01-01;",
    "Onbekende gemeente;67890123;Straat 1;3511 AA;Utrecht;;Atlantis;2020-01-01;",
    "Slechte postcode;78901234;Straat 1;351 AA;Utrecht;;;2020-01-01;",
    "Rare status;89012345;Straat 1;3511 AA;Utrecht;;;2020-01-01;geschorst",
    "Geen datum;90123456;Straat 1;3511 AA;Utrecht;;;31-02-2020;",
    ROWS[2],
]


def test_every_bad_row_is_reported_and_then_nothing_is_written(tmp_path):
    out, err = run(tmp_path, csv_file(HEADER, *BAD_ROWS))
    assert out == ""
    for expected in (
        "Regel 3: ongeldig KvK-nummer '1234567': dat moet uit 8 cijfers bestaan.",
        "Regel 4: naam: Dit veld kan niet leeg zijn",
        "Regel 5: onbekende provincie 'Brabant'.",
        "Regel 6: KvK-nummer 12345678 staat ook op regel 2.",
        "Regel 7: onbekende gemeente: 'Atlantis'.",
        "Regel 8: ongeldige postcode '351 AA'.",
        "Regel 9: onbekende status 'geschorst'.",
        "Regel 10: ongeldige datum '31-02-2020'.",
        "Er is niets geïmporteerd: 8 regel(s) bevatten een fout.",
    ):
        assert expected in err, err
    assert "Regel 2:" not in err and "Regel 11:" not in err
    assert not MemberOrganisation.objects.exists()


def test_hostile_cells_are_stored_as_text_or_refused_per_row():
    formula = '=HYPERLINK("http://x";"klik")'
    rows = [
        [formula, "12345678", "<script>alert(1)</script>", "3511 AA", "Ütrecht 🏳️‍🌈"],
        ["x" * 300, "23456789", "Straat 1", "3511 AA", "Utrecht"],
        ["Lang", "9" * 5000, "Straat 1", "3511 AA", "Utrecht"],
    ]
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows(row + ["", "", "2020-01-01", ""] for row in rows)
    data = (HEADER + "\r\n" + text.getvalue()).encode()
    report = import_organisations(data, dry_run=True)
    lines = [line for line, _reason in report.errors]
    assert lines == [3, 4]
    # A long value is quoted short in the report.
    assert all(len(reason) < 200 for _line, reason in report.errors)
    (created,) = report.created
    assert (created.name, created.street_address, created.city) == (
        formula,
        "<script>alert(1)</script>",
        "Ütrecht 🏳️‍🌈",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Het bestand is leeg."),
        (b"\r\n  \r\n", "Het bestand is leeg."),
        ("Naam;Plaats\r\nCoöperatie;Zoetermeer\r\n".encode("cp1252"), "geen CSV-bestand in UTF-8"),
        (b"PK\x03\x04\x00\x00binary xlsx", "geen CSV-bestand in UTF-8"),
        (b"Naam;KvK;Postcode\r\n", "onbekende kolom(men): 'KvK'"),
        (b"Naam;Postcode;Postcode\r\n", "ontbrekende kolom(men): KvK-nummer, Plaats, Lid sinds"),
        (
            b"Naam;KvK-nummer;Postcode;Plaats;Lid sinds;naam\r\n",
            "kolom(men) die meer dan eens voorkomen: Naam",
        ),
        (b'Naam;KvK-nummer;Postcode;Plaats;Lid sinds\r\n"Open;1;2;3;4\r\n', "Regel 2"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_message(data, message, tmp_path):
    out, err = run(tmp_path, data)
    assert out == "" and message in err, err
    assert "Traceback" not in err
    assert not MemberOrganisation.objects.exists()


def test_a_row_of_the_wrong_length_is_reported(tmp_path):
    _out, err = run(tmp_path, csv_file(HEADER, ROWS[0], "Te kort;12345679;Straat 1"))
    assert "Regel 3: de regel heeft 3 cellen, de eerste regel 9 kolommen." in err
    assert not MemberOrganisation.objects.exists()


def test_an_exported_list_imports_again_unchanged(admin_client):
    MemberOrganisationFactory(
        name="Welzijn; Zorg, en meer",
        kvk_number="12345678",
        municipalities=["Utrecht", "Zeist"],
        status="ended",
        ended_on=datetime.date(2024, 12, 31),
    )
    MemberOrganisationFactory(kvk_number="23456789", postcode="6585 AA", chosen_province="limburg")
    export = b"".join(admin_client.get("/admin/ledenorganisaties/?export=csv").streaming_content)
    report = import_organisations(export)
    assert (len(report.created), len(report.updated), len(report.unchanged)) == (0, 0, 2)
    assert report.errors == []


UPLOAD = "/admin/ledenorganisaties/importeren/"


def upload(client, data, dry_run):
    fields = {"file": SimpleUploadedFile("leden.csv", data, content_type="text/csv")}
    if dry_run:
        fields["dry_run"] = "on"
    return client.post(UPLOAD, fields)


def test_the_membership_administration_imports_in_the_admin(client, role_users):
    client.force_login(role_users[MEMBER_ADMINISTRATION])
    assert UPLOAD in client.get("/admin/ledenorganisaties/").content.decode()

    trial = upload(client, csv_file(HEADER, *BAD_ROWS), dry_run=True).content.decode()
    assert "Regel 5: onbekende provincie &#x27;Brabant&#x27;." in trial
    assert "Er is niets geïmporteerd: 8 regel(s) bevatten een fout." in trial

    trial = upload(client, csv_file(HEADER, *ROWS), dry_run=True).content.decode()
    assert "Een import zou 3 nieuw maken, 0 bijwerken en 0 ongewijzigd laten." in trial
    assert not MemberOrganisation.objects.exists()

    refused = upload(client, b"Naam;Woonplaats\r\n", dry_run=False).content.decode()
    assert "onbekende kolom(men): &#x27;Woonplaats&#x27;" in refused

    done = upload(client, csv_file(HEADER, *ROWS), dry_run=False)
    assert done.status_code == 302 and done.url == "/admin/ledenorganisaties/"
    assert MemberOrganisation.objects.count() == 3


def test_editors_cannot_import(client, role_users):
    for role in (EDITORS, CHIEF_EDITORS):
        client.force_login(role_users[role])
        assert client.get(UPLOAD).status_code in (302, 403)
        assert upload(client, csv_file(HEADER, *ROWS), dry_run=False).status_code in (302, 403)
    assert not MemberOrganisation.objects.exists()
