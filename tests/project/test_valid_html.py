"""Every page type is valid HTML: the W3C Nu HTML Checker (vnu) finds no error in it.

Starting Java is slow, so the pages are rendered once (the demo content, the Django test
client) and checked in one run of the checker; each page is then a test of its own.
`make vnu` fetches the checker (`.ci/run` does it too); it needs Java 11 or later.
"""

import datetime
import json
import shutil
import subprocess
from pathlib import Path
from unittest import mock
from urllib.parse import unquote, urlparse

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import OperationalError, transaction
from django.test import Client, override_settings

from agenda.models import EventRegistration
from members.models import FeeScale, MembershipPage
from news.models import NewsIndexPage
from sociaalwerk.core.models import Author, HomePage, ThemePage
from sociaalwerk.demo import seeds
from sociaalwerk.public_forms import spam
from tests.conftest import load_demo_content
from tests.factories import (
    ContactPersonFactory,
    DocumentFactory,
    FeeScaleFactory,
    MemberOrganisationFactory,
    NewsPageFactory,
    ensure_root_page,
)
from tests.members.helpers import application
from tests.requirements import require
from tests.search.helpers import all_search_slots_taken

# The marker has the test database set up; the pages are rendered in one transaction of
# the module's fixture, rolled back at its end.
pytestmark = pytest.mark.django_db

VNU_JAR = Path(__file__).resolve().parents[2] / ".vnu/node_modules/vnu-jar/build/dist/vnu.jar"
JAVA = shutil.which("java")


def get(url, status=200):
    return lambda client: (client.get(url), status)


def fresh(data):
    """``data`` with a spam token issued now, not when this module was imported."""
    return {**data, spam.TOKEN_FIELD: spam.new_token()}


def send(url, data):
    """The form again, after ``data`` was sent."""
    return lambda client: (client.post(url, fresh(data)), 200)


def thank_you_page(url, data):
    """The page a valid form redirects to (or the form, reported as not redirected)."""

    def render(client):
        sent = client.post(url, fresh(data))
        if sent.status_code != 302:
            return sent, 302
        return client.get(sent["Location"]), 200

    return render


def failing(error, status):
    """The home page, whose rendering fails with ``error``: the 500 or 503 page."""

    def render(client):
        client.raise_request_exception = False
        with mock.patch.object(HomePage, "serve", side_effect=error):
            return client.get("/"), status

    return render


def with_fee_scale(url):
    """``url`` with an indication to show, whatever year the demo's fee scale is of."""

    def render(client):
        if not FeeScale.objects.filter(year__gte=datetime.date.today().year).exists():
            FeeScaleFactory()
        return client.get(url), 200

    return render


def csrf_refusal(client):
    return Client(enforce_csrf_checks=True).post("/lid-worden/", application()), 403


def busy_search(client):
    """A search while every search slot of the process is taken: the 503 with the form."""
    with override_settings(SEARCH_SLOT_WAIT_SECONDS=0), all_search_slots_taken():
        return client.get("/zoeken/?q=wijk&soort=blog"), 503


def login_lockout(client):
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "redacteur", "password": "fout"})
    return response, 429


def contact_message(**overrides):
    return {
        "naam": "Anna de Vries",
        "e_mailadres": "anna@example.org",
        "onderwerp": "Lidmaatschap",
        "bericht": "Wanneer is de volgende ledenvergadering?",
        spam.HONEYPOT_FIELD: "",
        **overrides,
    }


def as_contact_person(url, *, data=None, expected=200, **organisation):
    """``url`` as a contact person of a new organisation sees it; with ``data``, as
    they send it."""

    def render(client):
        person = ContactPersonFactory(
            organisation=MemberOrganisationFactory(municipalities=["Utrecht"], **organisation)
        )
        client.force_login(person.user)
        if data is not None:
            return client.post(url, data), expected
        return client.get(url), expected

    return render


def invitation(client):
    from members.invitations import make_token

    person = ContactPersonFactory()
    return client.get(f"/uitnodiging/{make_token(person.user)}/"), 200


def as_another_account(client):
    client.force_login(get_user_model().objects.create_user("geen-lid", "g@example.org"))
    return client.get("/mijn-organisatie/"), 403


ENDED = {"status": "ended", "ended_on": datetime.date(2026, 3, 31)}

EVENT = f"/agenda/{seeds.events.EVENTS[0]['slug']}/"


def registration(**overrides):
    return {
        "name": "Anna de Vries",
        "organisation": "Welzijn Utrecht",
        "email": "anna@example.org",
        "remarks": "Ik kom met de rolstoel.",
        "privacy_consent": "on",
        spam.HONEYPOT_FIELD: "",
        **overrides,
    }


def cancel_page(client):
    """The page of the personal cancel link of the last registration."""
    registration = EventRegistration.objects.latest("pk")
    event = registration.event
    url = event.url + event.reverse_subpage(
        "cancel_registration", args=[registration.pk, registration.cancel_signature()]
    )
    return client.get(url), 200


def add_article_with_every_block():
    """A news item with what the demo lacks: a listing image and the other body blocks;
    and photos of the authors. The image is narrower than the widest rendition, as many
    uploads are. The embed block is left out: it fetches the video's details online.
    """
    image = wagtail_factories.ImageFactory(title="Buurthuis", file__width=600, file__height=400)
    Author.objects.update(photo=image)
    body = [
        ("heading", {"text": "Wat we doen", "level": "h2"}),
        ("paragraph", '<p>Met <b>nadruk</b> en <a href="https://example.org/">een link</a>.</p>'),
        ("image", {"image": {"image": image.pk, "decorative": False, "alt_text": "Bewoners"}}),
        ("quote", {"quote": "Samen sterk in de wijk.", "attribution": "Een lid"}),
        ("document", {"document": DocumentFactory().pk, "title": ""}),
        ("call_to_action", {"text": "Word lid", "page": MembershipPage.objects.get().pk}),
        ("call_to_action", {"text": "Meer weten", "url": "https://example.org/"}),
    ]
    NewsPageFactory(
        parent=NewsIndexPage.objects.get(),
        slug="alle-blokken",
        date=datetime.date.today(),
        themes=[ThemePage.objects.get(slug=seeds.themes.THEMES[0]["slug"])],
        listing_image=image,
        body=json.dumps([{"type": kind, "value": value} for kind, value in body]),
    )


THEME = f"/thema/{seeds.themes.THEMES[0]['slug']}/"

# {name: render(client) -> (response, expected status)} of every page type.
PAGES = {
    "home": get("/"),
    "theme index": get("/thema/"),
    "theme page": get(THEME),
    "theme archive": get(f"{THEME}nieuws/"),
    "news overview": get("/nieuws/"),
    "news overview, page 2": get("/nieuws/?page=2"),
    "news overview, unknown filters": get("/nieuws/?thema=onbekend&jaar=1800"),
    "news overview, filtered": get("/nieuws/?jaar=2023"),
    "news overview, filtered to nothing": get("/nieuws/?jaar=2020&thema=sterke-sociale-basis"),
    "news page": get(f"/nieuws/{seeds.news.NEWS[0]['slug']}/"),
    "news page with every block": get("/nieuws/alle-blokken/"),
    "blog overview": get("/blogs/"),
    "blog page": get(f"/blogs/{seeds.blogs.BLOGS[0]['slug']}/"),
    "publication overview": get("/publicaties/"),
    "publication page": get(f"/publicaties/{seeds.publications.PUBLICATIONS[0]['slug']}/"),
    "agenda": get("/agenda/"),
    "agenda, filtered by month, unknown theme": get("/agenda/?maand=2000-01&thema=onbekend"),
    "past events": get("/agenda/afgelopen/"),
    "event page": get(EVENT),
    "registration form": get(f"{EVENT}aanmelden/"),
    "registration form, with errors": send(f"{EVENT}aanmelden/", registration(email="x")),
    "registration, thank-you page": thank_you_page(f"{EVENT}aanmelden/", registration()),
    "registration, cancel link": cancel_page,
    "cancelled event": get("/agenda/kennissessie-schuldhulp/"),
    "standard page": get(f"/{seeds.site.PRIVACY_PAGE['slug']}/"),
    "Lid worden": get("/lid-worden/"),
    "Lid worden, fee indication": with_fee_scale("/lid-worden/?loonsom=1.250.000"),
    "Lid worden, fee indication refused": with_fee_scale("/lid-worden/?loonsom=%3Cscript%3E"),
    "Onze leden": get("/leden/"),
    "Onze leden, province and page": get("/leden/?provincie=utrecht&page=2"),
    "Onze leden, nothing found": get("/leden/?q=bestaatniet"),
    "Lid worden, with errors": send("/lid-worden/", application(kvk_number="12", email="x")),
    "Lid worden, thank-you page": thank_you_page("/lid-worden/", application()),
    "contact": get("/contact/"),
    "contact, with errors": send("/contact/", contact_message(naam="", e_mailadres="x")),
    "contact, thank-you page": thank_you_page("/contact/", contact_message()),
    "search": get("/zoeken/"),
    "search with results": get("/zoeken/?q=wijk"),
    "search without results, unknown filter": get("/zoeken/?q=xyzzy&soort=onbekend"),
    "search filtered to nothing": get("/zoeken/?q=wijk&soort=blog&thema=sterke-sociale-basis"),
    "search, too busy": busy_search,
    "404": get("/bestaat-niet/", 404),
    "500": failing(ValueError("fout"), 500),
    "503": failing(OperationalError("weg"), 503),
    "CSRF 403": csrf_refusal,
    "login lockout": login_lockout,
    "my organisation": as_contact_person("/mijn-organisatie/"),
    "my organisation, ended": as_contact_person("/mijn-organisatie/", **ENDED),
    "my organisation, not a contact person": as_another_account,
    "my organisation, form": as_contact_person("/mijn-organisatie/wijzigen/"),
    "my organisation, form with errors": as_contact_person(
        "/mijn-organisatie/wijzigen/", data={"postcode": "12", "website": "x y"}
    ),
    "my organisation, form of an ended membership": as_contact_person(
        "/mijn-organisatie/wijzigen/", expected=403, **ENDED
    ),
    "log in": get("/inloggen/"),
    "log in, refused": lambda client: (
        client.post("/inloggen/", {"username": "niemand@example.org", "password": "x"}),
        200,
    ),
    "forgotten password": get("/wachtwoord-vergeten/"),
    "forgotten password, sent": get("/wachtwoord-vergeten/verstuurd/"),
    "forgotten password, used link": get("/wachtwoord-vergeten/MQ/onzin/", 200),
    "invitation, tampered": get("/uitnodiging/onzin/", 400),
    "invitation": invitation,
}


def render_all(folder):
    """Render every page into ``folder``; return {name: (file, status, expected status)}."""
    rendered = {}
    with override_settings(SPAM_MIN_FILL_SECONDS=0), transaction.atomic():
        ensure_root_page()
        load_demo_content()
        add_article_with_every_block()
        cache.clear()
        for number, (name, render) in enumerate(PAGES.items()):
            response, expected = render(Client())
            file = folder / f"{number:02d}.html"
            file.write_bytes(response.content)
            rendered[name] = (file, response.status_code, expected)
        cache.clear()
        transaction.set_rollback(True)
    return rendered


def vnu_errors(files):
    """{file name: [error, …]} of one run of the checker over ``files``."""
    run = subprocess.run(  # noqa: S603 - java and the fetched checker
        [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout"]
        + [str(file) for file in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.stdout, run.stderr
    errors = {}
    for message in json.loads(run.stdout)["messages"]:
        name = Path(unquote(urlparse(message.get("url", "")).path)).name
        line = message.get("lastLine", "?")
        errors.setdefault(name, []).append(
            f"line {line}: {message['message']}\n    {message.get('extract', '').strip()}"
        )
    assert set(errors) <= {file.name for file in files}, f"messages about no page: {errors}"
    return errors


@pytest.fixture(scope="module")
def checked_pages(django_db_setup, django_db_blocker, tmp_path_factory):
    """{name: (status, expected status, [errors])} of every page type."""
    require(JAVA, "java, to run the HTML checker (apt-get install default-jre-headless)")
    require(VNU_JAR.is_file(), f"the HTML checker at {VNU_JAR} (make vnu)")
    with django_db_blocker.unblock():
        rendered = render_all(tmp_path_factory.mktemp("html"))
    errors = vnu_errors([file for file, _, _ in rendered.values()])
    return {
        name: (status, expected, errors.get(file.name, []))
        for name, (file, status, expected) in rendered.items()
    }


@pytest.mark.parametrize("name", PAGES)
def test_page_is_valid_html(checked_pages, name):
    status, expected, errors = checked_pages[name]
    assert status == expected, f"{name}: status {status}, expected {expected}"
    assert not errors, f"{name}: {len(errors)} errors of the HTML checker:\n" + "\n".join(errors)
