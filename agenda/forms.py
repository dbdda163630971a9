"""The filters of the agenda: by theme and by month; unknown values are ignored."""

import datetime
from collections import Counter

from django import forms
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _

from sociaalwerk.core.forms import CountedThemeField, FilterForm, with_count


def months_covered(moments):
    """The months, as (year, month), in which events with these (start, end) take place,
    in order, with how many take place in each: ((year, month), count). An event that
    runs into a second month counts in both."""
    months = Counter()
    for starts_at, ends_at in moments:
        # The end is exclusive: an all-day event on 30 April ends at midnight, 1 May.
        first = timezone.localtime(starts_at).date()
        last = (timezone.localtime(ends_at) - datetime.timedelta(microseconds=1)).date()
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months[(year, month)] += 1
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return sorted(months.items())


class AgendaFilterForm(FilterForm):
    """Theme and month; a value that is not on offer is ignored (and the template says so).

    ``themes`` carry ``item_count``: only the themes and months with events are offered."""

    thema = CountedThemeField(
        label=_("Theme"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    maand = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, data, *, themes, moments=None):
        super().__init__(data)
        self.fields["thema"].queryset = themes
        if moments is None:
            del self.fields["maand"]
        else:
            self.fields["maand"].choices = [("", _("All months"))] + [
                (
                    f"{year}-{month:02}",
                    with_count(format_date(datetime.date(year, month, 1), "F Y"), count),
                )
                for (year, month), count in months_covered(moments)
            ]

    def filter(self, events):
        """``events`` narrowed by the filters that are valid; invalid ones are ignored."""
        self.is_valid()  # cleaned_data then holds only the fields without errors
        if theme := self.cleaned_data.get("thema"):
            events = events.of_theme(theme)
        if month := self.cleaned_data.get("maand"):
            year, number = month.split("-")
            events = events.in_month(int(year), int(number))
        return events

    def used_values(self):
        theme = self.cleaned_data.get("thema")
        return {
            "thema": theme.slug if theme else None,
            "maand": self.cleaned_data.get("maand") or None,
        }
