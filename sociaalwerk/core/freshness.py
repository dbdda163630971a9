"""The moment a rendered page stops being true, recorded on the request as it renders.

Most pages change only when someone publishes; a listing of events also changes by
itself, when an event it shows starts or ends. Such a listing records that moment here,
so that code core does not know (the page cache) keeps a copy no longer than that.
"""

from django.utils import timezone

ATTRIBUTE = "changes_at"


def record(request, moment):
    """Note that what the page shows changes at ``moment`` (an aware datetime); the
    earliest moment recorded during one render counts. None records nothing."""
    if request is None or moment is None:
        return
    current = of(request)
    if current is None or moment < current:
        setattr(request, ATTRIBUTE, moment)


def of(request):
    """The moment the page changes by itself, or None if only a publish changes it."""
    return getattr(request, ATTRIBUTE, None)


def seconds_left(request):
    """Seconds until the page changes by itself (0 if that moment has passed), or None."""
    moment = of(request)
    if moment is None:
        return None
    return max(0, int((moment - timezone.now()).total_seconds()))
