"""The search form: what visitors search for, cleaned so that no input breaks the query."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from sociaalwerk.core.models import ThemePage
from sociaalwerk.search import kinds

QUERY_NOISE = re.compile(r"[^\w\s'’-]|(?<!\w)[-'’]|[-'’](?!\w)")
# Longer queries are cut: nobody types more, and it bounds the work of the database.
MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """What visitors search for; invalid filters are ignored, never an error."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        widget=forms.SearchInput(attrs={"autocomplete": "off"}),
    )
    soort = forms.ChoiceField(label=_("Type"), required=False)
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.live().order_by("title"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )

    def __init__(self, data):
        super().__init__(data)
        self.fields["soort"].choices = [("", _("All types")), *kinds.choices()]

    @property
    def is_filtered(self):
        """Whether a valid type or theme narrows the search (then it offers to clear them)."""
        return bool(self.cleaned_data.get("soort") or self.cleaned_data.get("thema"))

    def clean_q(self):
        """Words only: operators and quotes mean something to the database's full-text
        syntax (an unmatched quote breaks SQLite's), and nothing to a visitor."""
        words = QUERY_NOISE.sub(" ", self.cleaned_data["q"])
        return " ".join(words.split())[:MAX_QUERY_LENGTH].strip()
