"""Fixtures of the members' tests: forms may be sent at once and often; a user in each
role; the member directory."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache

from members.models import MemberDirectoryPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, setup_roles
from tests.factories import ensure_root_page


@pytest.fixture(autouse=True)
def _forms_without_delay(settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 100
    cache.clear()


@pytest.fixture
def role_users(db):
    """The roles, without the demo site that the project's ``roles`` needs: {role: user}.

    The roles' media permissions hang on the root collection, which an earlier test of
    the run may have left missing, as ``build_site`` allows for."""
    ensure_root_page()
    setup_roles()
    users = {}
    for name in (EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION):
        user = get_user_model().objects.create_user(name.lower(), password="x")
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users


@pytest.fixture
def directory(home_page):
    """The member directory "Onze leden" at /leden/."""
    page = home_page.add_child(
        instance=MemberDirectoryPage(title="Onze leden", slug="leden", intro="<p>Alle leden.</p>")
    )
    page.save_revision().publish()
    return page
