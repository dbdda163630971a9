"""Spam and abuse protection for public forms, without a third-party captcha.

Three checks, each refusing with a clear Dutch message rather than dropping silently:

- a honeypot field that people never see and bots fill in;
- a signed timestamp, so a form sent within seconds of being shown is refused;
- a rate limit per client address (see ``clients``), counted in the cache.

The signed token also carries a random nonce that identifies one filled-in form, so
that a double submit is handled once (see ``claim``).
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from sociaalwerk.public_forms.clients import client_address, count

# Unchanged since the module lived in core: tokens of forms shown before stay valid.
SALT = "sociaalwerk.spam.form-token"
HONEYPOT_FIELD = "homepage"
TOKEN_FIELD = "form_token"  # noqa: S105 - a field name, not a secret


def new_token():
    """A signed token with the time the form was shown and a random nonce."""
    return signing.dumps({"t": time.time(), "n": secrets.token_urlsafe(16)}, salt=SALT)


class SpamProtectedForm(forms.Form):
    """Mixin for forms: adds the honeypot and the timing token and checks both.

    After validation, ``self.nonce`` identifies this filled-in form.
    """

    honeypot_message = _(
        "Your message looks automated and was not sent. If you are a person, please "
        "leave the field “Leave this empty” blank and send again."
    )
    too_fast_message = _(
        "You sent the form very quickly. Please check your details and send it again."
    )
    expired_message = _(
        "The form was open for too long. Please check your details and send it again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TOKEN_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=new_token
        )
        self.nonce = None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT_FIELD):
            raise forms.ValidationError(self.honeypot_message, code="honeypot")
        self.nonce = self.check_token(cleaned.get(TOKEN_FIELD) or "")
        return cleaned

    def check_token(self, token):
        """The nonce of a valid token; a new token is issued whenever the form is refused."""
        try:
            data = signing.loads(token, salt=SALT, max_age=settings.SPAM_FORM_MAX_AGE)
            shown_at, nonce = float(data["t"]), str(data["n"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            self.renew_token()
            raise forms.ValidationError(self.expired_message, code="expired") from None
        if time.time() - shown_at < settings.SPAM_MIN_FILL_SECONDS:
            self.renew_token()
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        return nonce

    def renew_token(self):
        self.data = self.data.copy()
        self.data[self.add_prefix(TOKEN_FIELD)] = new_token()


def rate_limited(request, scope):
    """Count a submission from this address; True once it exceeds the hourly limit.

    Without a working cache nothing is counted, and nothing refused.
    """
    submissions = count(f"{scope}:{client_address(request)}", 60 * 60)
    return submissions > settings.SPAM_MAX_SUBMISSIONS_PER_HOUR


def _nonce_key(nonce):
    return f"form-nonce:{nonce}"


def claim(nonce):
    """True unless this filled-in form was sent already (within the form's lifetime),
    so that a double click is handled once. A cache that does not answer claims
    nothing: then the form is handled, and saving must cope with a second copy."""
    key = _nonce_key(nonce)
    return cache.add(key, True, timeout=settings.SPAM_FORM_MAX_AGE) or cache.get(key) is None


def release(nonce):
    """Forget a claim when the form was refused, so that sending it again works."""
    cache.delete(_nonce_key(nonce))
