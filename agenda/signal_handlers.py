"""What publishing an event changes besides the page.

SEQUENCE of an event in calendars: it rises when the event changes for the people
who put it in their calendar (date, time, place or status), so that their calendar
replaces its copy; a correction of the title or the text leaves it as it is.

It is decided on every full save of an event, against the values the database holds:
Wagtail's drafts are saved as revisions and leave those values alone, so a publish
compares the published event with the one that was public before. The number comes
from the database too, never from the revision being published, which holds the
number of when it was written and could set it back.

Places an editor adds (a higher capacity) go to the first on the waiting list at once.
"""

from django.db.models.signals import pre_save
from wagtail.signals import page_published

from agenda.models import EventPage
from agenda.registering import offer_free_places

CALENDAR_FIELDS = (
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "status",
    "attendance",
    "venue",
    "street_address",
    "postcode",
    "city",
)


def raise_calendar_sequence(sender, instance, update_fields=None, **kwargs):
    """Keep the stored SEQUENCE, one higher if a field calendars show has changed since
    the event was (ever) public. A save of chosen fields (a draft) changes nothing."""
    if update_fields is not None or instance.pk is None:
        return
    stored = (
        EventPage.objects.filter(pk=instance.pk)
        .values("calendar_sequence", "live", "first_published_at", *CALENDAR_FIELDS)
        .first()
    )
    if stored is None:
        return
    sequence = stored["calendar_sequence"]
    was_public = stored["live"] or stored["first_published_at"] is not None
    if was_public and any(getattr(instance, name) != stored[name] for name in CALENDAR_FIELDS):
        sequence += 1
    instance.calendar_sequence = sequence


def give_added_places(sender, instance, **kwargs):
    """Places an editor adds go to the waiting list at once, not at the next cancellation."""
    if instance.registration == EventPage.Registration.ON_SITE:
        offer_free_places(instance)


def register_signal_handlers():
    pre_save.connect(
        raise_calendar_sequence, sender=EventPage, dispatch_uid="agenda_calendar_sequence"
    )
    page_published.connect(
        give_added_places, sender=EventPage, dispatch_uid="agenda_give_added_places"
    )
