"""Whether someone can register for an event at this moment, and how: what the event
page and the form say, and what a sent form leads to (``registering`` asks again with
the event locked, so that two people never take the last place)."""

import enum
from dataclasses import dataclass

from django.utils import timezone


class State(enum.StrEnum):
    NONE = "none"  # no registration, or the event is cancelled: nothing to say
    EXTERNAL = "external"  # on another website, not closed yet
    CLOSED = "closed"  # the deadline has passed (or the event has ended)
    OPEN = "open"  # places left
    WAITING_LIST = "waiting_list"  # every place taken; newcomers go on the waiting list
    FULL = "full"  # every place taken, and no waiting list


@dataclass(frozen=True)
class Availability:
    state: State
    places_left: int = 0

    @property
    def takes_registrations(self):
        """Whether a sent form is stored (with a place or on the waiting list)."""
        return self.state in (State.OPEN, State.WAITING_LIST)


def places_left(event):
    """Places not taken by a confirmed registration (one query)."""
    return max(0, (event.capacity or 0) - event.registrations.confirmed().count())


def of(event, now=None):
    """The event's ``Availability`` now; counts the places taken (one query) only for
    registration on this site while it is open."""
    now = now or timezone.now()
    if event.registration == event.Registration.NONE or event.is_cancelled:
        return Availability(State.NONE)
    if now >= event.registration_deadline:
        return Availability(State.CLOSED)
    if event.registration == event.Registration.EXTERNAL:
        return Availability(State.EXTERNAL)
    if places := places_left(event):
        return Availability(State.OPEN, places)
    return Availability(State.WAITING_LIST if event.waiting_list else State.FULL)
