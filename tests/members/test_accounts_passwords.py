"""Forgotten passwords: Django's reset, on the site's own pages, the same answer for
any address, a link that works once; invitations: a signed link to choose a first
password, which expires, works once, and says why it does not work."""

import re

import pytest
from django.core import mail, signing

from members.invitations import make_token, send_invitation
from tests.factories import ContactPersonFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Buurthuis-De-Schakel-2025"
NEW_PASSWORD = "Wijkteam-Noord-Oost-2026"


@pytest.fixture
def member(home_page):
    person = ContactPersonFactory(
        user__username="anna@oost.example", user__email="anna@oost.example"
    )
    person.user.set_password(PASSWORD)
    person.user.save()
    return person.user


def reset_link(message):
    return re.search(r"https?://[^/\s]+(/wachtwoord-vergeten/\S+/)", message.body).group(1)


def test_the_same_answer_whether_or_not_the_address_has_an_account(client, member):
    known = client.post("/wachtwoord-vergeten/", {"email": "anna@oost.example"})
    unknown = client.post("/wachtwoord-vergeten/", {"email": "niemand@oost.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anna@oost.example"]


def test_the_reset_link_sets_a_new_password_once(client, member):
    client.post("/wachtwoord-vergeten/", {"email": "anna@oost.example"})
    link = reset_link(mail.outbox[0])
    form_page = client.get(link, follow=True)
    assert 'id="set-password-form"' in form_page.content.decode()
    assert 'name="csrfmiddlewaretoken"' in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done["Location"] == "/wachtwoord-vergeten/klaar/"
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    client.logout()
    again = client.get(link, follow=True)
    assert 'id="invalid-link"' in again.content.decode()


def test_the_reset_pages_render(client, home_page):
    for url in (
        "/wachtwoord-vergeten/",
        "/wachtwoord-vergeten/verstuurd/",
        "/wachtwoord-vergeten/klaar/",
    ):
        assert client.get(url).status_code == 200, url
    assert (
        'id="invalid-link"' in client.get("/wachtwoord-vergeten/MQ/bogus-token/").content.decode()
    )


@pytest.fixture
def invited(home_page):
    person = ContactPersonFactory(
        user__username="bert@west.example", user__email="bert@west.example"
    )
    person.user.set_unusable_password()
    person.user.save()
    return person


def invitation_url(user):
    return f"/uitnodiging/{make_token(user)}/"


def test_the_invitation_mail_carries_a_link_that_sets_the_first_password(client, rf, invited):
    send_invitation(rf.get("/"), invited)
    assert mail.outbox[0].to == ["bert@west.example"]
    path = re.search(r"https?://[^/\s]+(/uitnodiging/\S+/)", mail.outbox[0].body).group(1)
    page = client.get(path)
    assert page.status_code == 200
    assert 'id="invitation-form"' in page.content.decode()
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    response = client.post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/mijn-organisatie/"
    invited.user.refresh_from_db()
    assert invited.user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(invited.user.pk)
    # Used: the same link no longer works, also not for another visitor.
    client.logout()
    used = client.get(path)
    assert used.status_code == 400
    assert 'data-reason="used"' in used.content.decode()


def test_an_invitation_stops_working_once_any_password_is_set(client, invited):
    url = invitation_url(invited.user)
    invited.user.set_password(PASSWORD)
    invited.user.save()
    assert 'data-reason="used"' in client.get(url).content.decode()


def test_an_invitation_expires(client, invited, settings):
    url = invitation_url(invited.user)
    settings.MEMBER_INVITATION_DAYS = 0
    response = client.get(url)
    assert response.status_code == 400
    assert 'data-reason="expired"' in response.content.decode()


@pytest.mark.parametrize(
    "token",
    ["x", "eyJ1IjoxfQ:bogus:sig", "<script>alert(1)</script>", "' OR 1=1 --", "ü" * 3000],
)
def test_a_tampered_invitation_says_so(client, invited, token):
    response = client.get(f"/uitnodiging/{token}/")
    assert response.status_code in (400, 404)
    if response.status_code == 400:
        assert 'data-reason="tampered"' in response.content.decode()


def test_an_invitation_for_someone_else_cannot_be_forged(client, invited):
    forged = signing.dumps({"u": invited.user.pk, "s": "0" * 20}, salt="members.invitation")
    assert 'data-reason="used"' in client.get(f"/uitnodiging/{forged}/").content.decode()


def test_a_weak_password_is_refused_on_the_invitation_page(client, invited, settings):
    url = invitation_url(invited.user)
    response = client.post(url, {"new_password1": "kort", "new_password2": "kort"})
    assert response.status_code == 200
    assert 'id="form-errors"' in response.content.decode()


def test_a_forgotten_password_without_a_first_one_sends_a_new_invitation(client, invited):
    response = client.post("/wachtwoord-vergeten/", {"email": "Bert@West.example"})
    assert response["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert [message.to for message in mail.outbox] == [["bert@west.example"]]
    path = re.search(r"https?://[^/\s]+(/uitnodiging/\S+/)", mail.outbox[0].body).group(1)
    assert 'id="invitation-form"' in client.get(path).content.decode()


def test_no_new_invitation_once_the_membership_has_ended(client, invited):
    invited.organisation.status = invited.organisation.Status.ENDED
    invited.organisation.save()
    response = client.post("/wachtwoord-vergeten/", {"email": "bert@west.example"})
    assert response["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert mail.outbox == []


def test_a_failing_mail_server_gives_the_same_answer(client, invited, settings):
    settings.EMAIL_BACKEND = "tests.helpers.FailingBackend"
    response = client.post("/wachtwoord-vergeten/", {"email": "bert@west.example"})
    assert response["Location"] == "/wachtwoord-vergeten/verstuurd/"
