"""The submit-and-refuse flow every public form follows ("Lid worden", "Contact").

A valid form is saved once and the visitor is redirected to a thank-you page
(post/redirect/get, so a reload never sends twice). Otherwise the form is shown again
with everything the visitor typed, and either the field errors or one refusal that says
why a valid form was not accepted: too many from this address (429), a database that
is briefly away (503), or a reason of the moment that saving found (``Refused``: the
last place of an event was just taken). Nothing is ever dropped silently.
"""

import logging

from django.db import DatabaseError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from sociaalwerk.public_forms.spam import claim, rate_limited, release

logger = logging.getLogger(__name__)

RATE_LIMIT_RETRY_AFTER = 60 * 60
RATE_LIMITED = _(
    "We received this form from your address several times in a short time, so it was "
    "not sent this time. Please try again in an hour."
)
NOT_SAVED = _(
    "Because of a fault on our side your form could not be saved. Nothing has been "
    "stored; your details are still in the form. Please try again in a few minutes."
)


class Refused(Exception):
    """Raised by ``save`` when it cannot accept a valid form at this moment (the last
    place was just taken): nothing is stored, and the form is shown again with
    ``message`` and ``status``."""

    def __init__(self, message, status=409):
        super().__init__(message)
        self.message, self.status = message, status


def submit(request, form, *, scope, save, render, done_url):
    """Handle a sent ``form`` (a bound SpamProtectedForm).

    ``save(form)`` stores it, or raises ``Refused``; ``render(form, refusal, status)``
    shows the form again. ``done_url`` is the thank-you page, or a function that gives
    it for what ``save`` returned (None for a double submit, which is not saved again).
    ``scope`` names the form in the rate limit and the log.
    """
    if not form.is_valid():
        return render(form, None, 200)
    if not claim(form.nonce):
        # The same filled-in form again (a double click): it was handled already.
        return _redirect_when_done(done_url, None)
    if rate_limited(request, scope):
        release(form.nonce)
        response = render(form, RATE_LIMITED, 429)
        response["Retry-After"] = str(RATE_LIMIT_RETRY_AFTER)
        return response
    try:
        saved = save(form)
    except Refused as refusal:
        release(form.nonce)
        return render(form, refusal.message, refusal.status)
    except DatabaseError:
        release(form.nonce)
        logger.exception("A %s form could not be saved", scope)
        return render(form, NOT_SAVED, 503)
    return _redirect_when_done(done_url, saved)


def _redirect_when_done(done_url, saved):
    return redirect(done_url(saved) if callable(done_url) else done_url)
