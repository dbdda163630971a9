"""Uploads in the admin: only the allowed types, within the limits, served safely."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import DocumentFactory, ensure_root_page


@pytest.fixture(autouse=True)
def root_collection(db):
    ensure_root_page()


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def png(width=20, height=20):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def png_claiming(width, height):
    """A PNG whose header claims ``width``×``height`` pixels, without their data."""

    def chunk(kind, data):
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def gif_claiming(width, height):
    """A GIF whose screen and one frame claim ``width``×``height`` pixels."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0)
    frame = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x4c\x01\x00"
    return screen + frame + b";"


# Far over Pillow's own limit, so that it refuses even to read their size.
OVERSIZED = [
    ("groot.png", png_claiming(30_000, 30_000)),
    ("groot.gif", gif_claiming(65_535, 65_535)),
]
TOO_MANY_PIXELS = "Deze afbeelding heeft te veel pixels. Het maximum is 40.000.000 pixels."


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "title": name},
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "title": name},
    )


def test_a_pdf_is_accepted(admin_client):
    response = upload_document(admin_client, "jaarverslag.pdf", b"%PDF-1.4 test")
    assert response.json()["success"], response.json()
    assert get_document_model().objects.filter(title="jaarverslag.pdf").exists()


@pytest.mark.parametrize("name", ["virus.exe", "pagina.html", "script.js", "plaatje.svg"])
def test_other_document_types_are_refused_in_dutch(admin_client, name):
    response = upload_document(admin_client, name, b"<script>alert(1)</script>")
    result = response.json()
    assert not result["success"] and "niet toegestaan" in str(result["error_message"]).lower()
    assert not get_document_model().objects.exists()


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin_client, "groot.pdf", b"%PDF" + b"0" * 2048)
    assert not response.json()["success"] and "te groot" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_an_image_over_the_pixel_limit_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = upload_image(admin_client, "groot.png", png(20, 20))
    assert not response.json()["success"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(("name", "content"), OVERSIZED)
def test_an_oversized_image_is_refused_in_dutch_by_the_multiple_upload(admin_client, name, content):
    result = upload_image(admin_client, name, content).json()
    assert not result["success"] and result["error_message"] == TOO_MANY_PIXELS
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(("name", "content"), OVERSIZED)
def test_an_oversized_image_is_refused_in_dutch_by_the_upload_form(admin_client, name, content):
    response = admin_client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", ["tekening.svg", "foto.bmp", "foto.tiff"])
def test_other_image_formats_are_refused(admin_client, name):
    response = upload_image(admin_client, name, png())
    assert not response.json()["success"]
    assert not get_image_model().objects.exists()


def test_documents_are_served_with_their_type_and_not_sniffed(client, db):
    document = DocumentFactory(
        file=SimpleUploadedFile("ledenlijst.xlsx", b"PK\x03\x04 not really a spreadsheet")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


ALT_LABEL = "Beschrijving (alt-tekst)"
ALT_HELP = "Beschrijf wat er op de afbeelding staat, voor wie haar niet kan zien."


def test_every_image_form_asks_for_a_description_as_alt_text(admin_client):
    add_form = admin_client.get("/admin/images/add/").content.decode()
    uploaded = upload_image(admin_client, "IMG_1234.png", png()).json()
    image = get_image_model().objects.get()
    edit_form = admin_client.get(f"/admin/images/{image.pk}/").content.decode()

    for html in (add_form, uploaded["form"], edit_form):
        assert ALT_LABEL in html and ALT_HELP in html
    assert image.title == "IMG_1234.png" and image.description == ""

    admin_client.post(
        f"/admin/images/multiple/{image.pk}/",
        {
            f"image-{image.pk}-title": "IMG_1234.png",
            f"image-{image.pk}-description": "Buurtteam aan het werk",
            f"image-{image.pk}-collection": image.collection_id,
        },
    )
    image.refresh_from_db()
    assert image.description == "Buurtteam aan het werk"
