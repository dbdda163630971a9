"""The e-mails to someone who registered: "you have a place" (with the event as .ics),
"you are on the waiting list", and "a place has become free: it is yours" (with .ics).
Each carries the personal cancel link.

Sent after the registration is saved; a failure is recorded on the registration and
retried by ``manage.py send_registration_mails`` (a scheduled job), never raised to the
visitor. A registration's ``mailed_as`` says which status its attendee was last told, so
a mail is due whenever the status has changed since, and is sent once.

The mails go to whatever address was typed, so, like the membership confirmation, they
carry nothing that was typed: no name, organisation or remarks, only the event as the
editors wrote it and the bureau's own text. Whoever enters a stranger's address cannot
make the association mail their words, and the stranger can cancel with the link.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from agenda import calendars
from agenda.models.registrations import EventRegistration
from sociaalwerk.core.models import SiteSettings

logger = logging.getLogger(__name__)

Status = EventRegistration.Status


def kind_of_mail(registration):
    """Which mail is due: "confirmed", "promoted", "waiting", or None."""
    if registration.is_cancelled or registration.mailed_as == registration.status:
        return None
    if registration.status == Status.WAITING:
        return "waiting"
    return "promoted" if registration.mailed_as == Status.WAITING else "confirmed"


def subject(kind, event):
    title = " ".join(event.title.split())  # a subject is one line
    if kind == "waiting":
        return _("You are on the waiting list for %(event)s") % {"event": title}
    if kind == "promoted":
        return _("A place has become free: you can take part in %(event)s") % {"event": title}
    return _("Your registration for %(event)s") % {"event": title}


def cancel_url(registration):
    event = registration.event
    return event.get_full_url() + event.reverse_subpage(
        "cancel_registration", args=[registration.pk, registration.cancel_signature()]
    )


def build_message(registration, kind):
    event = registration.event
    site = event.get_site()
    context = {
        "kind": kind,
        "event": event,
        "event_url": event.get_full_url(),
        "cancel_url": cancel_url(registration),
        "organisation": SiteSettings.for_site(site).organisation_name,
    }
    message = EmailMultiAlternatives(
        subject=subject(kind, event),
        body=render_to_string("agenda/emails/registration.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
    )
    message.attach_alternative(
        render_to_string("agenda/emails/registration.html", context), "text/html"
    )
    if kind != "waiting":
        # No calendar name: Outlook would open a named file as a calendar of its own.
        ics = calendars.calendar(
            [event], url_of=lambda page: page.get_full_url(), domain=site.hostname
        )
        message.attach(f"{event.slug}.ics", ics, "text/calendar")
    return message


def send_due_mail(pk):
    """Send the mail that is due for registration ``pk``, if any; record success or the
    error. Returns False only when sending failed.

    The row is locked while sending, so that the mail after a registration and a retry
    run at the same moment never send it twice.
    """
    with transaction.atomic():
        registration = (
            EventRegistration.objects.select_for_update(of=("self",))
            .select_related("event")
            .get(pk=pk)
        )
        kind = kind_of_mail(registration)
        if kind is None:
            return True
        try:
            build_message(registration, kind).send()
        except Exception as error:  # noqa: BLE001 - any mail failure is recorded and retried
            logger.warning("Mail for event registration %s failed: %s", pk, error)
            registration.mail_error = f"{type(error).__name__}: {error}"[:500]
        else:
            registration.mailed_as, registration.mailed_at = registration.status, timezone.now()
            registration.mail_error = ""
        registration.mail_attempts += 1
        registration.save(update_fields=["mailed_as", "mailed_at", "mail_attempts", "mail_error"])
        return not registration.mail_error


def send_after_commit(registration):
    """Send the due mail once the registration's transaction has committed. A failure
    then, even of the database, is logged and left to the retry, never shown to the
    visitor whose registration is stored."""
    pk = registration.pk
    transaction.on_commit(lambda: send_due_mail(pk), robust=True)


def retry_pending_mails():
    """Send every mail that is due; returns (sent, failed)."""
    sent = failed = 0
    for pk in EventRegistration.objects.with_mail_pending().values_list("pk", flat=True):
        if send_due_mail(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
