"""Registering and cancelling, one at a time per event, so that an event is never
over-booked.

Both lock the event's row first and count the places taken only then: of forty people
who send the form for the last ten places at the same moment, each waits for the one
before, so exactly ten get a place and the others the waiting list (or the message that
the event is full). The mails follow after the commit (``registration_mails``), and the
event page's cached copy goes stale whenever what it says about places changes.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda import availability
from agenda.availability import State
from agenda.models.registrations import EventRegistration
from agenda.registration_mails import send_after_commit
from sociaalwerk.page_cache.store import invalidate
from sociaalwerk.page_cache.tags import page_tag
from sociaalwerk.public_forms.flow import Refused

Status = EventRegistration.Status

FULL = _(
    "Sorry, the last place was taken just before you sent the form. Your registration "
    "has not been stored."
)
CLOSED = _("Registration for this event has closed. Your registration has not been stored.")


def locked(event):
    """``event`` read again, its row locked until the transaction ends.

    Only the event's own row (not Wagtail's page row, which editors save), and a lock
    that still lets rows refer to it: registrations and cancellations for this event
    wait for each other, nothing else waits for them.
    """
    return type(event).objects.select_for_update(no_key=True, of=("self",)).get(pk=event.pk)


def register(event, form):
    """Store the registration of a valid ``form`` for ``event``, with a place if one is
    left, else on the waiting list; return it. Raises ``Refused`` (nothing stored) when
    the event is full without a waiting list, or registration has closed.

    A second submit of the same filled-in form (same nonce) is not stored again: the
    first registration is returned.
    """
    with transaction.atomic():
        event = locked(event)
        now = availability.of(event)
        if not now.takes_registrations:
            raise Refused(FULL if now.state == State.FULL else CLOSED)
        registration = form.save(commit=False)
        registration.event = event
        registration.status = Status.CONFIRMED if now.state == State.OPEN else Status.WAITING
        registration.submission_nonce = form.nonce
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            existing = EventRegistration.objects.filter(submission_nonce=form.nonce).first()
            if existing is None:
                raise
            return existing
        if registration.status == Status.CONFIRMED:
            places_changed(event)
        send_after_commit(registration)
    return registration


def cancel(registration):
    """Cancel ``registration`` unless it was cancelled already; a place it frees goes to
    the first on the waiting list. Returns the registration as it now stands."""
    with transaction.atomic():
        event = locked(registration.event)
        registration = EventRegistration.objects.get(pk=registration.pk)
        if registration.is_cancelled:
            return registration
        before = availability.of(event)
        registration.status, registration.cancelled_at = Status.CANCELLED, timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        fill_free_places(event)
        if availability.of(event) != before:
            places_changed(event)
    return registration


def fill_free_places(event):
    """Give the places that are free to the first on the waiting list, until the event
    starts; each of them is mailed. Call with the event locked."""
    if event.is_cancelled or event.starts_at <= timezone.now():
        return
    for registration in event.registrations.waiting()[: availability.places_left(event)]:
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        send_after_commit(registration)


def places_changed(event):
    """The event page says how many places are left: its cached copy is stale once the
    transaction commits."""
    invalidate({page_tag(event.pk)})


def offer_free_places(event):
    """Give places an editor added (a higher capacity, a waiting list now on this site) to
    the first on the waiting list, as a cancellation would."""
    with transaction.atomic():
        fill_free_places(locked(event))
