import io
import os

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from wagtail.contrib.forms.utils import get_form_types

from members.models import MembershipPage
from sociaalwerk.core.models import HomePage, SiteSettings, StandardPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, setup_roles
from tests.factories import build_content_site, build_site, ensure_root_page

# Playwright's sync API runs an event loop in the test thread; Django must still
# allow the test's own database access.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` run in the PostgreSQL pass of CI (and with DATABASE_URL
    set); on SQLite they are skipped, also in strict mode, since CI runs both passes."""
    if settings.IS_POSTGRESQL:
        return
    skip = pytest.mark.skip(reason="PostgreSQL only: runs when DATABASE_URL is PostgreSQL")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _forget_form_content_types():
    """Wagtail remembers the form pages' content types for the life of the process
    (``get_form_types`` is an ``lru_cache``). A transactional test flushes the
    database, which creates the content types anew under other ids, and a rolled-back
    test may have created them: a remembered list would then find no form pages, even
    for a superuser, in every later test."""
    get_form_types.cache_clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: the site frame kept across requests
    (``core.site_frame``) of an earlier test's site, whose ids the database hands out
    again, must not show."""
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run ``action`` and then what it scheduled for after the commit, as a request would."""

    def commit(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return commit


@pytest.fixture
def home_page(db):
    """A HomePage served by the default site."""
    return build_site()


@pytest.fixture
def content_site(db):
    """Home, two themes and the news, blog and publication indexes; no articles yet."""
    return build_content_site()


def load_demo_content(*args):
    """Run the demo loader quietly; return what it printed."""
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def demo_site(db):
    """The full demo content, as `make run` loads it; returns the home page."""
    ensure_root_page()
    load_demo_content()
    return HomePage.objects.get()


@pytest.fixture
def membership_page(home_page):
    privacy = home_page.add_child(instance=StandardPage(title="Privacyverklaring", slug="privacy"))
    membership = home_page.add_child(
        instance=MembershipPage(
            title="Lid worden",
            slug="lid-worden",
            intro="<p>Word lid.</p>",
            thank_you_text="<p>Bedankt, we nemen contact op.</p>",
            privacy_page=privacy,
        )
    )
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.bureau_email = "bureau@sociaalwerk.example"
    site_settings.save()
    return membership


@pytest.fixture
def editor_client(client):
    """A client logged in as a superuser."""
    user = get_user_model().objects.create_superuser("redacteur", "r@example.org", "geheim")
    client.force_login(user)
    return client


@pytest.fixture
def roles(demo_site):
    """The editors' roles set up on the demo site, with one user in each: {role: user}."""
    setup_roles()
    users = {}
    for name in (EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION):
        user = get_user_model().objects.create_user(
            name.lower(), f"{name.lower()}@example.org", "x"
        )
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users
