"""When an event takes place, written as people in the Netherlands write it.

"dinsdag 14 april 2026, 13.00–17.00 uur", "dinsdag 14 april 2026" (all day),
"dinsdag 14 tot en met donderdag 16 april 2026" (several days). The words come from
Django's Dutch date names, so the active language decides them.
"""

import datetime

from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _


def local(moment):
    """``moment`` in the site's time zone (Europe/Amsterdam)."""
    return timezone.localtime(moment)


def clock(time):
    """13.00, the Dutch way of writing a time of day."""
    return format_date(datetime.datetime.combine(datetime.date.min, time), "G.i")


def day(date, *, month=True, year=True):
    """ "dinsdag 14 april 2026", leaving out the month or year when the other end of a
    range already says it."""
    pattern = "l j" + (" F" if month else "") + (" Y" if year else "")
    return format_date(date, pattern)


def span(start_date, start_time=None, end_date=None, end_time=None):
    """The whole period in words; ``None`` times mean all day, ``None`` end date one day."""
    end_date = end_date or start_date
    if end_date == start_date:
        text = day(start_date)
        if start_time and end_time:
            return _("%(day)s, %(start)s–%(end)s hrs") % {
                "day": text,
                "start": clock(start_time),
                "end": clock(end_time),
            }
        if start_time:
            return _("%(day)s, %(time)s hrs") % {"day": text, "time": clock(start_time)}
        return text
    if start_time or end_time:
        first = day(start_date, year=start_date.year != end_date.year)
        last = day(end_date)
        if start_time:
            first = _("%(day)s %(time)s hrs") % {"day": first, "time": clock(start_time)}
        if end_time:
            last = _("%(day)s %(time)s hrs") % {"day": last, "time": clock(end_time)}
        return _("%(first)s until %(last)s") % {"first": first, "last": last}
    same_year = start_date.year == end_date.year
    first = day(
        start_date,
        month=not (same_year and start_date.month == end_date.month),
        year=not same_year,
    )
    return _("%(first)s to %(last)s") % {"first": first, "last": day(end_date)}
