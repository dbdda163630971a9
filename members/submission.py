"""Storing an application: once, in one transaction, with the e-mails after the commit."""

from django.db import IntegrityError, transaction

from members.emails import send_application_mails
from members.models.applications import MembershipApplication


def save_application(form):
    """Save the application of a valid ``form``; return it.

    A second submit of the same filled-in form (same nonce, e.g. a double click) is
    not stored again: the first application is returned. The e-mails are sent only
    after the commit, so that a mail failure can never undo or lose the application.
    """
    with transaction.atomic():
        application = form.save(commit=False)
        application.submission_nonce = form.nonce
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError:
            existing = MembershipApplication.objects.filter(submission_nonce=form.nonce).first()
            if existing is None:
                raise
            return existing
        transaction.on_commit(lambda: send_application_mails(application))
    return application
