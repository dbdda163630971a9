"""Limits on the two forms of Wagtail that anyone may send and that guard an account or a
page: the password of a protected page (guessing) and the admin's "forgot password"
(each request mails the account, so it could flood an editor's mailbox).

``urls.py`` wraps Wagtail's views with these decorators. Both count per client address
(``clients``), so a stranger's attempts never stop a person elsewhere; the password
reset also counts per e-mail address, since that is the mailbox being flooded. A refusal
is a Dutch page with status 429.
"""

import functools
import hashlib

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from sociaalwerk.public_forms.clients import attempts, client_address, count

WINDOW_SECONDS = 60 * 60
PAGE_PASSWORD_REFUSED = _(
    "The password of this page was entered wrongly too often from your address. To "
    "protect the page, you can try again in an hour."
)
PASSWORD_RESET_REFUSED = _(
    "A new password was requested too often from your address or for this e-mail "
    "address. Please try again in an hour, or ask a colleague with administrator rights."
)


def refuse(request, message):
    response = render(
        request, "public_forms/too_many_attempts.html", {"message": message}, status=429
    )
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def limit_page_passwords(view):
    """For ``wagtail.views.authenticate_with_password``: after
    ``PAGE_PASSWORD_FAILURE_LIMIT`` wrong passwords from one address in an hour, that
    address may not try again until the hour is over."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        key = f"page-password:{client_address(request)}"
        if attempts(key) >= settings.PAGE_PASSWORD_FAILURE_LIMIT:
            return refuse(request, PAGE_PASSWORD_REFUSED)
        response = view(request, *args, **kwargs)
        # The right password redirects to the page; a wrong one shows the form again.
        # Only failures count, so that colleagues behind one address all get in.
        if response.status_code == 200:
            count(key, WINDOW_SECONDS)
        return response

    return wrapper


def limit_password_resets(view):
    """For Wagtail's ``PasswordResetView``: at most ``PASSWORD_RESET_LIMIT_PER_ADDRESS``
    requests an hour from one address and ``PASSWORD_RESET_LIMIT_PER_EMAIL`` for one
    e-mail address."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        # A request refused for its address is not counted for the e-mail address too.
        if request.method == "POST" and (
            count(f"password-reset:{client_address(request)}", WINDOW_SECONDS)
            > settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
            or count(f"password-reset-email:{_email_digest(request)}", WINDOW_SECONDS)
            > settings.PASSWORD_RESET_LIMIT_PER_EMAIL
        ):
            return refuse(request, PASSWORD_RESET_REFUSED)
        return view(request, *args, **kwargs)

    return wrapper


def _email_digest(request):
    """The address as Django matches it to accounts (case-insensitively), hashed: a
    cache key holds no e-mail address and no character a cache refuses."""
    email = request.POST.get("email", "").strip().lower()
    return hashlib.sha256(email.encode()).hexdigest()
