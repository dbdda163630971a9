"""A document of a private collection in Chromium: a visitor who has its link is sent
to the login or gets a password form, a logged-in outsider a refusal, and never the
file; whoever may read it gets it."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
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


def log_in(page, live_server, username):
    """Give the browser the session of ``username`` (the site's login page is the
    accounts' own; what matters here is what the document view does with a session)."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_only_a_member_of_the_group_gets_a_board_document(
    page, live_server, home_page, pdfs_received
):
    board = Group.objects.create(name="Bestuur")
    users = get_user_model().objects
    users.create_user("buitenstaander", "", PASSWORD)
    users.create_user("bestuurslid", "", PASSWORD).groups.add(board)
    document = private_document(SECRET, groups=[board])

    page.goto(live_server.url + document.url)
    assert page.url == f"{live_server.url}/inloggen/?next={document.url}"
    log_in(page, live_server, "buitenstaander")
    response = page.goto(live_server.url + document.url)
    assert response.status == 403
    expect(page.locator(".members-refusal")).to_be_visible()
    assert not pdfs_received
    assert file_for_this_browser(page, live_server, document) != SECRET

    log_in(page, live_server, "bestuurslid")
    with page.expect_response(is_a_pdf):
        page.goto(live_server.url + document.url)
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
