"""Forms of the content pages: the filters of the article overviews."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ArticleFilterForm(forms.Form):
    """The theme and year filters of an index page; unknown values are ignored."""

    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=None,
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, data, *, themes, years):
        super().__init__(data)
        self.fields["thema"].queryset = themes
        self.fields["jaar"].choices = [("", _("All years"))] + [(y, y) for y in years]

    def filter(self, articles):
        """``articles`` narrowed by the filters that are valid; invalid ones are ignored."""
        self.is_valid()  # cleaned_data then holds only the fields without errors
        if theme := self.cleaned_data.get("thema"):
            articles = articles.of_theme(theme)
        if year := self.cleaned_data.get("jaar"):
            articles = articles.in_year(year)
        return articles

    def used_values(self):
        """The filters ``filter`` applied, as their values in an address (None: no filter)."""
        theme = self.cleaned_data.get("thema")
        return {"thema": theme.slug if theme else None, "jaar": self.cleaned_data.get("jaar")}
