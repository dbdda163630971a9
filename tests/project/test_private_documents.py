"""Documents of a private collection are read only through Wagtail's document view,
which checks the collection's view restrictions: never from /media/, in any setting."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import private_document
from tests.servers import ROOT

SECRET = b"%PDF-1.4 notulen: vertrouwelijk"


@pytest.fixture
def board(db):
    return Group.objects.create(name="Bestuur")


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_group_document_is_refused_to_a_visitor_and_served_to_a_member(
    client, board, django_user_model
):
    document = private_document(SECRET, groups=[board])
    refused = client.get(document.url)
    assert refused.status_code == 302 and refused["Location"].startswith("/inloggen/?next=")

    outsider = django_user_model.objects.create_user("buitenstaander", "", "wachtwoord-lang")
    client.force_login(outsider)
    assert SECRET not in body(client.get(document.url))

    member = django_user_model.objects.create_user("bestuurslid", "", "wachtwoord-lang")
    member.groups.add(board)
    client.force_login(member)
    served = client.get(document.url)
    assert served.status_code == 200 and body(served) == SECRET


def test_a_password_document_needs_the_password(client, db):
    document = private_document(SECRET, password="geheim-wachtwoord")
    form = client.get(document.url)
    assert form.status_code == 200 and SECRET not in body(form)
    assert "wachtwoord" in form.content.decode().lower()
    action = reverse(
        "wagtaildocs_authenticate_with_password",
        args=[document.collection.get_view_restrictions().get().pk],
    )
    client.post(action, {"password": "geraden", "return_url": document.url})
    assert SECRET not in body(client.get(document.url))
    client.post(action, {"password": "geheim-wachtwoord", "return_url": document.url})
    assert body(client.get(document.url)) == SECRET


def test_the_file_itself_is_not_served_under_media(client, board):
    document = private_document(SECRET, groups=[board])
    assert document.file.name.startswith("documents/")
    response = client.get(f"/media/{document.file.name}")
    assert response.status_code == 404 and SECRET not in body(response)


def view_in_development(path):
    """The module of the view that the development settings route ``path`` to, or None."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment["DJANGO_SETTINGS_MODULE"] = "sociaalwerk.settings.dev"
    code = (
        "import django\n"
        "django.setup()\n"
        "from django.urls import Resolver404, resolve\n"
        "try:\n"
        f"    print(resolve({path!r}).func.__module__)\n"
        "except Resolver404:\n"
        "    print(None)\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_development_serves_uploaded_images_but_never_documents():
    assert view_in_development("/media/original_images/foto.png") == "django.views.static"
    assert view_in_development("/media/images/foto.width-400.png") == "django.views.static"
    for path in ("/media/documents/notulen.pdf", "/media/documents/", "/media/"):
        assert view_in_development(path) != "django.views.static", path
