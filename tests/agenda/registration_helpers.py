"""Helpers of the registration tests: the addresses of an event's pages, a filled-in
registration form, registrations made directly."""

from agenda.models import EventRegistration
from sociaalwerk.public_forms.spam import new_token


def page_url(event):
    return event.get_url()


def form_url(event):
    return event.get_url() + event.reverse_subpage("register")


def outcome_url(event, outcome):
    return event.get_url() + event.reverse_subpage("registered", args=[outcome])


def cancel_url(registration):
    event = registration.event
    return event.get_url() + event.reverse_subpage(
        "cancel_registration", args=[registration.pk, registration.cancel_signature()]
    )


def registration(**overrides):
    """What a browser sends for a filled-in form; None leaves a field out."""
    data = {
        "name": "Anna de Vries",
        "organisation": "Welzijn Utrecht",
        "email": "anna@welzijn.example",
        "remarks": "Ik kom met de rolstoel.",
        "privacy_consent": "on",
        "homepage": "",
        "form_token": new_token(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def add_registrations(event, count, status=EventRegistration.Status.CONFIRMED, **fields):
    """``count`` registrations made directly, numbered on from those there are; they
    count as mailed unless ``mailed_as`` says otherwise."""
    start = event.registrations.count()
    fields = {"mailed_as": status, "privacy_consent": True, **fields}
    return [
        EventRegistration.objects.create(
            event=event,
            name=f"Deelnemer {start + number}",
            email=f"deelnemer{start + number}@example.org",
            status=status,
            **fields,
        )
        for number in range(1, count + 1)
    ]
