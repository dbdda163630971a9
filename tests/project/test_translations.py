"""The Dutch translation is complete, current and compiled, also where the project
overrides Wagtail's; and every admin screen that each role sees is in Dutch."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import wagtail
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from agenda.models import EventPage
from agenda.registration_admin import event_registration_viewset
from contact.models import ContactPage
from contact.views import contact_message_viewset
from members.models import MemberOrganisation, Municipality
from members.organisation_admin import member_organisation_viewset, municipality_viewset
from members.views import membership_application_viewset
from news.models import NewsPage
from sociaalwerk.core.models import Author
from sociaalwerk.editorial.admin_listing import article_listing_viewset
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION
from tests.agenda.registration_helpers import add_registrations
from tests.factories import MembershipApplicationFactory
from tests.project.admin_text import SIDEBAR, visible_text
from tests.requirements import require
from tests.servers import ROOT

PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
# Where translatable strings live: the project package, the apps beside it (each a
# folder with an apps.py), and the site-wide templates.
SOURCES = [
    "sociaalwerk",
    "templates",
    *sorted(path.parent.name for path in ROOT.glob("*/apps.py")),
]


@pytest.fixture(autouse=True)
def _gettext_tools():
    require(
        shutil.which("msgfmt") and shutil.which("msgcmp"), "GNU gettext (apt-get install gettext)"
    )


def gettext_tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=False)  # noqa: S603


@pytest.mark.parametrize("option", ["--untranslated", "--only-fuzzy"])
def test_every_string_is_translated_and_none_is_fuzzy(option):
    result = gettext_tool("msgattrib", option, "--no-obsolete", str(PO))
    assert result.returncode == 0, result.stderr
    assert "msgid" not in result.stdout.replace('msgid ""\nmsgstr ""', "", 1), result.stdout


def test_compiled_catalogue_matches_the_po_file(tmp_path):
    compiled = tmp_path / "django.mo"
    result = gettext_tool("msgfmt", "--check-format", "-o", str(compiled), str(PO))
    assert result.returncode == 0, result.stderr
    assert compiled.read_bytes() == PO.with_suffix(".mo").read_bytes(), "run `make messages`"


def test_makemessages_finds_no_string_the_po_file_lacks(tmp_path, monkeypatch):
    for name in SOURCES:
        os.symlink(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["nl"], symlinks=True, verbosity=0, no_obsolete=True)
    fresh = tmp_path / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    # msgcmp fails when the fresh extraction holds a msgid the committed file lacks.
    result = gettext_tool("msgcmp", "--use-untranslated", str(PO), str(fresh))
    assert result.returncode == 0, result.stderr


# The admin: Wagtail's Dutch where the project overrides it (locale_overrides), and what
# each role reads on its screens.

OVERRIDES = ROOT / "locale_overrides" / "nl" / "LC_MESSAGES"
SITE_PACKAGES = Path(wagtail.__file__).parents[1]


def english_catalogue(domain, tmp_path):
    """Every msgid of Wagtail and Django in one file: their English catalogues hold all
    of them, translated into Dutch or not."""
    sources = sorted(SITE_PACKAGES.glob(f"wagtail/**/locale/en/LC_MESSAGES/{domain}.po")) + sorted(
        SITE_PACKAGES.glob(f"django/**/locale/en/LC_MESSAGES/{domain}.po")
    )
    combined = tmp_path / f"{domain}.pot"
    result = gettext_tool("msgcat", "--use-first", "-o", str(combined), *map(str, sources))
    assert result.returncode == 0, result.stderr
    return combined


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_override_catalogue_is_complete_compiled_and_only_overrides(domain, tmp_path):
    po = OVERRIDES / f"{domain}.po"
    for option in ("--untranslated", "--only-fuzzy"):
        result = gettext_tool("msgattrib", option, str(po))
        assert "msgid" not in result.stdout.replace('msgid ""\nmsgstr ""', "", 1), result.stdout
    compiled = tmp_path / f"{domain}.mo"
    result = gettext_tool("msgfmt", "--check-format", "-o", str(compiled), str(po))
    assert result.returncode == 0, result.stderr
    assert compiled.read_bytes() == po.with_suffix(".mo").read_bytes(), "run `make messages`"
    # A msgid that Wagtail renamed in an upgrade would silently override nothing.
    result = gettext_tool(
        "msgcmp", "--use-untranslated", str(english_catalogue(domain, tmp_path)), str(po)
    )
    assert result.returncode == 0, result.stderr


# Whole words and phrases that an admin screen must not show: English, Wagtail's name, or
# the clumsy Dutch of Wagtail's own catalogue that locale_overrides replaces.
NOT_DUTCH = [
    *("Password", "Wagtail", "Editor Guide", "Page", "Pages", "Sheet", "Dashboard", "Home"),
    *("Search", "Save", "Delete", "Edit", "Add", "Cancel", "Submit", "Publish", "Inspect"),
    *("Settings", "Default", "File", "True", "False", "None", "Checks", "Port", "Root page"),
    *("Site name", "Form data", "Submission nonce", "Moderators approval"),
    *("Inspecteer", "Formulier data", "formulier inzendingen", "Formulier inzendingen"),
    *("Bulk acties", "Site samenvatting", "Site geschiedenis", "Pagina type", "Workflow taken"),
    *("Content statistieken", "Checks aan/uitzetten", "profiel foto", "Systeem standaard"),
    *("ter beoordeling", "vergrendeld op"),
]
NOT_DUTCH_PATTERN = re.compile(r"\b({})\b".format("|".join(map(re.escape, NOT_DUTCH))))
# A number glued to the word after it, as in Wagtail's "1-14van 14pagina's".
GLUED_NUMBER = re.compile(r"\d(van|of|pagina|artikel)")
SUPERUSER = "superuser"
ANONYMOUS = "anonymous"
PAGE_ROLES = {EDITORS, CHIEF_EDITORS, SUPERUSER}
MEMBER_ROLES = {MEMBER_ADMINISTRATION, SUPERUSER}
STAFF = PAGE_ROLES | MEMBER_ROLES


@pytest.fixture
def admin_objects(roles, demo_site):
    """One of everything the admin screens show, by name."""
    contact = ContactPage.objects.get()
    event = EventPage.objects.filter(registration=EventPage.Registration.ON_SITE).first()
    article = NewsPage.objects.live().first()
    return {
        "home": demo_site.pk,
        "news": article.get_parent().pk,
        "article": article.pk,
        "author": Author.objects.first().pk,
        "image": Image.objects.first().pk,
        "document": Document.objects.first().pk,
        "contact": contact.pk,
        "site": demo_site.get_site().pk,
        "message": FormSubmission.objects.create(
            page=contact, form_data={"naam": "Anna de Vries", "bericht": "Wanneer?"}
        ).pk,
        "application": MembershipApplicationFactory().pk,
        "accepted": MembershipApplicationFactory(status="accepted").pk,
        "organisation": MemberOrganisation.objects.first().pk,
        "municipality": Municipality.objects.first().pk,
        "registration": add_registrations(event, 1)[0].pk,
    }


def viewset_url(viewset, view, *args):
    return reverse(viewset.get_url_name(view), args=args)


SCREENS = [
    ("/admin/login/", {ANONYMOUS}),
    ("/admin/password_reset/", {ANONYMOUS}),
    ("/admin/", STAFF),
    ("/admin/account/", STAFF),
    ("/admin/pages/{home}/", PAGE_ROLES),
    ("/admin/pages/{news}/", PAGE_ROLES),
    ("/admin/pages/{article}/edit/", PAGE_ROLES),
    ("/admin/pages/add/news/newspage/{news}/", PAGE_ROLES),
    ("/admin/pages/{article}/history/", PAGE_ROLES),
    (lambda o: viewset_url(article_listing_viewset, "index"), PAGE_ROLES),
    ("/admin/snippets/core/author/", PAGE_ROLES),
    ("/admin/snippets/core/author/edit/{author}/", PAGE_ROLES),
    ("/admin/images/", PAGE_ROLES),
    ("/admin/images/{image}/", PAGE_ROLES),
    ("/admin/images/multiple/add/", PAGE_ROLES),
    ("/admin/documents/", PAGE_ROLES),
    ("/admin/documents/edit/{document}/", PAGE_ROLES),
    ("/admin/reports/workflow/", PAGE_ROLES),
    ("/admin/reports/site-history/", STAFF),
    ("/admin/redirects/", {CHIEF_EDITORS, SUPERUSER}),
    (lambda o: viewset_url(contact_message_viewset, "index"), MEMBER_ROLES),
    (lambda o: viewset_url(contact_message_viewset, "inspect", o["message"]), MEMBER_ROLES),
    (lambda o: viewset_url(membership_application_viewset, "index"), MEMBER_ROLES),
    (
        lambda o: viewset_url(membership_application_viewset, "edit", o["application"]),
        MEMBER_ROLES,
    ),
    (
        lambda o: viewset_url(membership_application_viewset, "inspect", o["application"]),
        MEMBER_ROLES,
    ),
    (lambda o: viewset_url(member_organisation_viewset, "index"), MEMBER_ROLES),
    (lambda o: viewset_url(member_organisation_viewset, "add"), MEMBER_ROLES),
    (
        lambda o: viewset_url(member_organisation_viewset, "edit", o["organisation"]),
        MEMBER_ROLES,
    ),
    (
        lambda o: viewset_url(member_organisation_viewset, "inspect", o["organisation"]),
        MEMBER_ROLES,
    ),
    (
        lambda o: viewset_url(member_organisation_viewset, "from_application", o["accepted"]),
        MEMBER_ROLES,
    ),
    (lambda o: viewset_url(municipality_viewset, "index"), MEMBER_ROLES),
    (lambda o: viewset_url(municipality_viewset, "edit", o["municipality"]), MEMBER_ROLES),
    (lambda o: viewset_url(event_registration_viewset, "index"), MEMBER_ROLES),
    (
        lambda o: viewset_url(event_registration_viewset, "inspect", o["registration"]),
        MEMBER_ROLES,
    ),
    ("/admin/forms/", {SUPERUSER}),
    ("/admin/forms/submissions/{contact}/", {SUPERUSER}),
    ("/admin/settings/core/sitesettings/{site}/", {SUPERUSER}),
    ("/admin/workflows/list/", {SUPERUSER}),
]


def content_strings():
    """What editors and visitors wrote (titles, names), which may be in any language."""
    strings = [
        *Page.objects.values_list("title", flat=True),
        *Image.objects.values_list("title", flat=True),
        *Document.objects.values_list("title", flat=True),
        *Author.objects.values_list("name", flat=True),
        *Author.objects.values_list("role", flat=True),
        *MemberOrganisation.objects.values_list("name", flat=True),
        *MemberOrganisation.objects.values_list("street_address", flat=True),
        *MemberOrganisation.objects.values_list("city", flat=True),
        *MemberOrganisation.objects.values_list("website", flat=True),
        *Municipality.objects.values_list("name", flat=True),
    ]
    return sorted(filter(None, strings), key=len, reverse=True)


def admin_text(html, content):
    """The admin's own words on a screen: its visible text without the content."""
    text = "\n".join(visible_text(html))
    for string in content:
        text = text.replace(string, "")
    return text


def log_in_as(client, role, roles):
    client.logout()
    if role == SUPERUSER:
        user, _created = get_user_model().objects.get_or_create(
            username="beheer", defaults={"is_superuser": True, "is_staff": True}
        )
        client.force_login(user)
    elif role != ANONYMOUS:
        client.force_login(roles[role])


def test_every_admin_screen_of_every_role_is_in_dutch(roles, admin_objects, client):
    """Each role opens each of its screens (one demo site for all: it is slow to load)."""
    content = content_strings()
    not_dutch = []
    for role in (ANONYMOUS, EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION, SUPERUSER):
        log_in_as(client, role, roles)
        for url, audience in SCREENS:
            if role not in audience:
                continue
            url = url(admin_objects) if callable(url) else url.format(**admin_objects)
            response = client.get(url)
            assert response.status_code == 200, (role, url)
            text = admin_text(response.content.decode(), content)
            for pattern in (NOT_DUTCH_PATTERN, GLUED_NUMBER):
                not_dutch += [(role, url, m.group()) for m in pattern.finditer(text)]
    assert not not_dutch, "\n".join(map(str, not_dutch))


def test_listing_counts_read_as_dutch(roles, admin_objects, client):
    """Wagtail's own Dutch glued the numbers to the words: "1-14van 14pagina's"."""
    client.force_login(roles[EDITORS])
    children = Page.objects.get(pk=admin_objects["news"]).get_children().count()
    text = " ".join(
        visible_text(client.get(f"/admin/pages/{admin_objects['news']}/").content.decode())
    )
    assert f"1-{children} van {children} pagina's" in text


def test_menu_labels_fit_the_sidebar(roles, admin_objects, client):
    """Wagtail's sidebar cuts off a label longer than about 16 letters ("Aanvragen
    lidmaat…"); "Contactberichten" just fits."""
    log_in_as(client, SUPERUSER, roles)
    sidebar = json.loads(SIDEBAR.search(client.get("/admin/").content.decode()).group(1))
    (main_menu,) = [
        module["_args"][0]
        for module in sidebar["modules"]
        if module["_type"] == "wagtail.sidebar.MainMenuModule"
    ]
    labels = [item["_args"][0]["label"] for item in main_menu]
    assert "Lidmaatschap" in labels and "Aanmeldingen" in labels
    assert all(len(label) <= 16 for label in labels), labels
