"""A document of a private collection in Chromium: a visitor who has its link gets a
login or password form and never the file; whoever may read it gets it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.factories import private_document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRET = b"%PDF-1.4 notulen: vertrouwelijk"
PASSWORD = "een-lang-wachtwoord-2025"


def is_a_pdf(response):
    return response.headers.get("content-type", "").startswith("application/pdf")


@pytest.fixture
def pdfs_received(page):
    """Every PDF the browser receives (Chromium shows a PDF rather than downloading it)."""
    received = []
    page.on("response", lambda response: received.append(response) if is_a_pdf(response) else None)
    return received


def file_for_this_browser(page, live_server, document):
    """The document as this browser's session gets it (the body of a PDF response is
    Chromium's viewer, not the file)."""
    return page.request.get(live_server.url + document.url).body()


def log_in_on_the_form(page, username):
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_only_a_member_of_the_group_gets_a_board_document(
    page, live_server, home_page, pdfs_received
):
    board = Group.objects.create(name="Bestuur")
    users = get_user_model().objects
    users.create_user("buitenstaander", "", PASSWORD)
    users.create_user("bestuurslid", "", PASSWORD).groups.add(board)
    document = private_document(SECRET, groups=[board])

    page.goto(live_server.url + document.url)
    log_in_on_the_form(page, "buitenstaander")
    expect(page.get_by_text("Jouw account heeft geen rechten")).to_be_visible()
    assert not pdfs_received
    assert file_for_this_browser(page, live_server, document) != SECRET

    with page.expect_response(is_a_pdf):
        log_in_on_the_form(page, "bestuurslid")
    assert file_for_this_browser(page, live_server, document) == SECRET


def test_a_visitor_gets_a_password_document_only_with_the_password(
    page, live_server, home_page, pdfs_received
):
    document = private_document(SECRET, password="geheim-wachtwoord")
    page.goto(live_server.url + document.url)
    expect(page.get_by_role("heading", name="Wachtwoord verplicht")).to_be_visible()
    page.get_by_label("Wachtwoord").fill("geraden")
    page.get_by_role("button").click()
    expect(page.get_by_role("heading", name="Wachtwoord verplicht")).to_be_visible()
    assert not pdfs_received
    assert file_for_this_browser(page, live_server, document) != SECRET

    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    with page.expect_response(is_a_pdf):
        page.get_by_role("button").click()
    assert file_for_this_browser(page, live_server, document) == SECRET
