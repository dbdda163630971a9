"""Invitations of contact persons: a signed link to set a first password.

The link carries the user's id and a digest of their password hash and last login,
signed with a timestamp. It expires after ``settings.MEMBER_INVITATION_DAYS`` and stops
working as soon as any password is set or the person logs in (both change the digest),
so it can be used once."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

SALT = "members.invitation"


class InvitationInvalid(Exception):
    """``reason`` is "expired", "used" or "tampered"."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def account_state(user):
    login = "" if user.last_login is None else user.last_login.replace(microsecond=0, tzinfo=None)
    return salted_hmac(SALT, f"{user.pk}{user.password}{login}").hexdigest()[:20]


def make_token(user):
    return signing.dumps({"u": user.pk, "s": account_state(user)}, salt=SALT, compress=True)


def user_for_token(token):
    """The user the token invites, or InvitationInvalid."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.MEMBER_INVITATION_DAYS * 86400)
    except signing.SignatureExpired:
        raise InvitationInvalid("expired") from None
    except signing.BadSignature:
        raise InvitationInvalid("tampered") from None
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or not constant_time_compare(account_state(user), str(data.get("s"))):
        raise InvitationInvalid("used")
    return user


def send_invitation(request, contact_person):
    """Mail the contact person a fresh link (Django's mail API; errors are the caller's)."""
    user = contact_person.user
    link = request.build_absolute_uri(reverse("members:invitation", args=[make_token(user)]))
    context = {
        "name": user.get_full_name() or user.email,
        "organisation": contact_person.organisation.name,
        "link": link,
        "days": settings.MEMBER_INVITATION_DAYS,
    }
    send_mail(
        _("Your account for the members' area"),
        render_to_string("members/emails/invitation.txt", context),
        None,
        [user.email],
    )
