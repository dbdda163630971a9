"""Contact persons log in on the site with their e-mail address, behind the same
lockout as the admin; log out by POST only; and are sent on only to this site."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContactPersonFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Buurthuis-De-Schakel-2025"
ATTACKER = "203.0.113.9"
MEMBER_AT_WORK = "198.51.100.7"


@pytest.fixture
def member(home_page):
    person = ContactPersonFactory(
        user__username="anna@oost.example", user__email="anna@oost.example"
    )
    person.user.set_password(PASSWORD)
    person.user.save()
    return person.user


def log_in(client, email="anna@oost.example", password=PASSWORD, address="10.0.0.1", next=None):
    url = "/inloggen/" + (f"?next={next}" if next else "")
    data = {"username": email, "password": password}
    if next:
        data["next"] = next
    return client.post(url, data, REMOTE_ADDR=address)


def test_the_login_page_is_the_sites_own(client, home_page):
    response = client.get("/inloggen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="login-form"' in html
    assert 'class="site-header"' in html
    assert 'type="email"' in html
    assert 'href="/wachtwoord-vergeten/"' in html


def test_a_contact_person_logs_in_with_their_e_mail_address_in_any_case(client, member):
    response = log_in(client, email="  Anna@OOST.example ")
    assert response.status_code == 302
    assert response["Location"] == "/mijn-organisatie/"
    assert client.session["_auth_user_id"] == str(member.pk)


def test_a_wrong_password_is_refused_without_saying_which_part_is_wrong(client, member):
    response = log_in(client, password="fout")
    assert response.status_code == 200
    assert 'id="form-errors"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_next_is_followed_on_this_site_only(client, member):
    assert log_in(client, next="/leden/").headers["Location"] == "/leden/"
    client.logout()
    for evil in ("https://evil.example/", "//evil.example/", "https:evil.example"):
        response = log_in(client, next=evil)
        assert response.status_code == 302
        assert response["Location"] == "/mijn-organisatie/", evil
        client.logout()


def test_the_login_locks_per_address_and_name_as_the_admin_does(client, member, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, password="fout", address=ATTACKER).status_code == 200
    assert log_in(client, password="fout", address=ATTACKER).status_code == 429
    # Locked even with the right password, from that address only.
    assert log_in(client, address=ATTACKER).status_code == 429
    assert log_in(client, address=MEMBER_AT_WORK).status_code == 302


def test_logging_out_takes_a_post_with_its_csrf_token(member, client):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(member)
    assert csrf_client.get("/uitloggen/").status_code == 405
    assert csrf_client.post("/uitloggen/").status_code == 403
    page = csrf_client.get("/")
    html = page.content.decode()
    assert 'action="/uitloggen/"' in html
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
    token = token or csrf_client.cookies["csrftoken"].value
    response = csrf_client.post("/uitloggen/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert "_auth_user_id" not in csrf_client.session


def test_anonymous_visitors_get_no_log_out_form(client, home_page):
    assert 'action="/uitloggen/"' not in client.get("/").content.decode()


def test_a_contact_person_never_gets_into_the_admin(client, member):
    assert not member.has_perm("wagtailadmin.access_admin")
    assert not Permission.objects.filter(group__user=member).exists()
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_login_leaves_the_members_group_alone(client, member):
    # Django saves the last login at every login: that cannot change who is a member.
    with CaptureQueriesContext(connection) as queries:
        assert log_in(client).status_code == 302
    assert not [q for q in queries.captured_queries if "auth_user_groups" in q["sql"]]
    assert member.groups.filter(name="Leden").exists()
