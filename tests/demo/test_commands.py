"""The demo commands: load_demo_content builds the site once and a second run changes
nothing, and adds generated articles and members for benchmarks; create_dev_admin makes
a local administrator, only with DEBUG."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import Page, PageLogEntry, Revision, Site

from blog.models import BlogPage
from members.models import MemberOrganisation
from members.provinces import Province
from news.models import NewsPage
from publications.models import PublicationPage
from sociaalwerk.core.models import ArticlePage, HomePage, SiteSettings
from tests.conftest import load_demo_content
from tests.factories import ensure_root_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _wagtail_root(db):
    """Wagtail's root page, as the migrations leave it: a browser test that ran before
    (pytest orders them by browser, not by folder) may have emptied every table."""
    ensure_root_page()


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "settings": list(SiteSettings.objects.values()),
        "members": list(
            MemberOrganisation.objects.order_by("kvk_number").values_list(
                "kvk_number", "name", "municipalities__name"
            )
        ),
    }


def test_demo_content_replaces_the_welcome_page_with_the_home_page(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == demo_site
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_demo_content_is_idempotent():
    first = load_demo_content()
    before = snapshot()
    second = load_demo_content()
    assert "created" in first
    assert "nothing changed" in second
    assert snapshot() == before
    assert HomePage.objects.count() == 1


def test_demo_member_organisations_are_valid_and_in_every_province():
    load_demo_content()
    organisations = MemberOrganisation.objects.prefetch_related("municipalities")
    assert len(organisations) >= 30
    assert {organisation.province for organisation in organisations} == set(Province.values)
    for organisation in organisations:
        organisation.full_clean()
        assert organisation.municipalities.exists()
    assert organisations.filter(status="ended").exists()


def test_demo_content_keeps_an_editors_change():
    load_demo_content()
    contact = Page.objects.get(slug="contact").specific
    contact.title = "Neem contact op"
    contact.save_revision().publish()
    load_demo_content()
    assert Page.objects.get(slug="contact").title == "Neem contact op"


@override_settings(DEBUG=True, WAGTAILADMIN_BASE_URL="http://127.0.0.1:8123")
def test_dev_admin_is_created_once_and_can_log_in(client):
    # `make run PORT=8123` sets the base URL to the port it serves on.
    out = io.StringIO()
    call_command("create_dev_admin", stdout=out)
    call_command("create_dev_admin", stdout=out)
    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
    assert "Log in at http://127.0.0.1:8123/admin/ as admin (password: admin" in out.getvalue()
    response = client.post("/admin/login/", {"username": "admin", "password": "admin"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=False)
def test_dev_admin_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("create_dev_admin", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


def test_generated_articles_are_added_once_with_a_progress_bar():
    output = load_demo_content("--articles", "30")
    assert "30/30" in output and "Generated articles: 30 created." in output
    before = ArticlePage.objects.count()
    assert "Generated articles: 0 created." in load_demo_content("--articles", "30")
    assert ArticlePage.objects.count() == before
    generated = ArticlePage.objects.filter(slug__startswith="demo-artikel-")
    assert {a.specific_class.article_type for a in generated} == {"news", "blog", "publication"}
    for model in (NewsPage, BlogPage, PublicationPage):
        of_type = model.objects.filter(slug__startswith="demo-artikel-")
        assert of_type.dates("date", "year").count() >= 10, model
    assert not generated.filter(article_themes__isnull=True).exists()


def test_generated_members_are_added_once_active_valid_and_listed(client, settings, commit):
    settings.PAGE_CACHE_SECONDS = 3600
    load_demo_content()
    assert b"Voorbeeldlid" not in client.get("/leden/").content
    output = commit(load_demo_content, "--members", "40")
    assert "Generated member organisations: 40 created." in output
    assert "Generated member organisations: 0 created." in load_demo_content("--members", "40")
    generated = MemberOrganisation.objects.filter(kvk_number__startswith="91")
    assert generated.count() == 40
    assert {organisation.province for organisation in generated} == set(Province.values)
    for organisation in generated.prefetch_related("municipalities"):
        organisation.full_clean()
        assert organisation.status == "active" and organisation.municipalities.exists()
    # Made without signals, yet the directory cached before shows them.
    response = client.get("/leden/", {"q": "Voorbeeldlid"})
    assert response.context["organisations"].paginator.count == 40
    assert b"Voorbeeldlid 0001" in client.get("/leden/").content


@pytest.mark.postgres
def test_a_bulk_load_refreshes_the_planner_statistics_of_the_loaded_tables():
    tables = [
        "core_articlepage",
        "members_memberorganisation",
        "members_memberorganisation_municipalities",
        "wagtailcore_page",
        "wagtailsearch_indexentry",
    ]
    with connection.cursor() as cursor:
        cursor.execute("SELECT clock_timestamp()")
        (started,) = cursor.fetchone()
        load_demo_content("--articles", "3", "--members", "3")
        cursor.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(%s) "
            "AND last_analyze >= %s ORDER BY relname",
            [tables, started],
        )
        analyzed = [name for (name,) in cursor.fetchall()]
    assert analyzed == sorted(tables)
