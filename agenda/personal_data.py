"""The event registrations made with a person's e-mail address, for the download of
what the site stores about them (members.personal_data asks through the Wagtail hook
``register_personal_data``)."""

from agenda.models import EventRegistration


def registrations_of(user):
    if not user.email:
        registrations = EventRegistration.objects.none()
    else:
        registrations = (
            EventRegistration.objects.filter(email__iexact=user.email)
            .select_related("event")
            .order_by("created_at")
        )
    return {
        "aanmeldingen_activiteiten": [
            {
                "activiteit": registration.event.title,
                "aangemeld_op": registration.created_at.isoformat(),
                "status": registration.status,
                "naam": registration.name,
                "organisatie": registration.organisation,
                "e-mailadres": registration.email,
                "opmerkingen": registration.remarks,
                "afgemeld_op": registration.cancelled_at and registration.cancelled_at.isoformat(),
            }
            for registration in registrations
        ]
    }
