"""create_dev_member makes the demo contact person lid@example.org for `make run`, only
with DEBUG, who logs in on the site and is a member of "Leden"."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from sociaalwerk.editorial.roles import MEMBERS
from tests.factories import MemberOrganisationFactory

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True, WAGTAILADMIN_BASE_URL="http://127.0.0.1:8123")
def test_the_demo_contact_person_is_created_once_and_logs_in(client, home_page):
    MemberOrganisationFactory(name="Welzijn Demo")
    out = io.StringIO()
    call_command("create_dev_member", stdout=out)
    call_command("create_dev_member", stdout=out)
    user = get_user_model().objects.get(username="lid@example.org")
    assert user.contact_person.organisation.name == "Welzijn Demo"
    assert user.groups.filter(name=MEMBERS).exists()
    assert not user.is_staff
    assert (
        "Log in at http://127.0.0.1:8123/inloggen/ as lid@example.org (password: lid)"
        in out.getvalue()
    )
    response = client.post("/inloggen/", {"username": "lid@example.org", "password": "lid"})
    assert response["Location"] == "/mijn-organisatie/"


@override_settings(DEBUG=False)
def test_the_demo_contact_person_refuses_without_debug(home_page):
    MemberOrganisationFactory()
    with pytest.raises(CommandError):
        call_command("create_dev_member", stdout=io.StringIO())
    assert not get_user_model().objects.exists()
