"""Forms of the content pages: the filters of the article overviews."""

from django import forms
from django.utils.translation import gettext_lazy as _


def with_count(label, count):
    """A filter choice with the number of items it finds: "2023 (12)"."""
    return f"{label} ({count})"


class ChoicesReadOnce(forms.models.ModelChoiceIterator):
    """The choices from the field's queryset as read before, not in a query of their own."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class CountedThemeField(forms.ModelChoiceField):
    """A theme filter whose themes carry ``item_count``: the items of each on offer.

    The themes are read once, for both checking the value asked for and offering the
    choices, where Django's field reads them for each."""

    iterator = ChoicesReadOnce

    def label_from_instance(self, obj):
        return with_count(obj.title, obj.item_count)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        field = self.to_field_name or "pk"
        for theme in self.queryset:
            if str(getattr(theme, field)) == str(value):
                return theme
        raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class FilterForm(forms.Form):
    """What every overview's filters share: unknown values are ignored, and whether any
    filter is in use (then the page offers to clear them)."""

    def used_values(self):
        """The filters applied, as their values in an address (None: no filter)."""
        raise NotImplementedError

    @property
    def is_filtered(self):
        return any(value is not None for value in self.used_values().values())


class ArticleFilterForm(FilterForm):
    """The theme and year filters of an index page; unknown values are ignored.

    ``themes`` carry ``item_count`` and ``years`` are (year, count) pairs: only what
    finds articles is on offer."""

    thema = CountedThemeField(
        label=_("Theme"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, data, *, themes, years):
        super().__init__(data)
        self.years = years
        self.fields["thema"].queryset = themes
        self.fields["jaar"].choices = [("", _("All years"))] + [
            (year, with_count(year, count)) for year, count in years
        ]

    def filter(self, articles):
        """``articles`` narrowed by the filters that are valid; invalid ones are ignored."""
        self.is_valid()  # cleaned_data then holds only the fields without errors
        if theme := self.cleaned_data.get("thema"):
            articles = articles.of_theme(theme)
        if year := self.cleaned_data.get("jaar"):
            articles = articles.in_year(year)
        return articles

    def filtered_count(self):
        """How many articles ``filter`` selects, as the choices' counts tell it, or None
        when they cannot (a theme and a year at once). The counts were read anyway, so
        the overview need not count its articles again: with thousands of articles that
        count reads every one of them."""
        self.is_valid()
        theme, year = self.cleaned_data.get("thema"), self.cleaned_data.get("jaar")
        if theme and year:
            return None
        if theme:
            return theme.item_count
        if year:
            return dict(self.years)[year]
        return sum(count for _year, count in self.years)

    def used_values(self):
        theme = self.cleaned_data.get("thema")
        return {"thema": theme.slug if theme else None, "jaar": self.cleaned_data.get("jaar")}
