"""The form in which a contact person changes the public details of their own
organisation: only the fields listed here, whatever else a request sends."""

from django import forms
from django.utils.text import capfirst

from members.addresses import normalise_postcode, website_field
from members.models import MemberOrganisation, Municipality

# The organisation's own fields in the form, besides its municipalities.
DETAILS = ("street_address", "postcode", "city", "website")


def model_label(name):
    return capfirst(MemberOrganisation._meta.get_field(name).verbose_name)


class OrganisationDetailsForm(forms.ModelForm):
    """Address, website and municipalities; the province follows from the postcode
    when the organisation is saved (unless the membership administration chose one)."""

    # Looser than the model, so that "3511aa" reaches clean_postcode, which writes it
    # as the admin and "Lid worden" do.
    postcode = forms.CharField(label=model_label("postcode"), max_length=20)
    website = website_field(model_label("website"))
    municipalities = forms.ModelMultipleChoiceField(
        label=model_label("municipalities"),
        # By province, as the form groups them (municipality_groups).
        queryset=Municipality.objects.order_by("province", "name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = MemberOrganisation
        fields = [*DETAILS, "municipalities"]

    autocomplete = {
        "street_address": "address-line1",
        "postcode": "postal-code",
        "city": "address-level2",
        "website": "url",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token

    def municipality_groups(self):
        """The municipalities' checkboxes by province: [(province, [checkbox], any
        ticked)], so that the form can fold away the provinces the organisation does
        not work in."""
        groups = {}
        for checkbox in self["municipalities"]:
            province = checkbox.data["value"].instance.get_province_display()
            groups.setdefault(province, []).append(checkbox)
        return [
            (province, checkboxes, any(checkbox.data["selected"] for checkbox in checkboxes))
            for province, checkboxes in groups.items()
        ]

    def clean_postcode(self):
        return normalise_postcode(self.cleaned_data["postcode"])

    def save_to(self, organisation):
        """Write the validated values to ``organisation``: the row just read and locked
        for saving, not the one the form was checked against, so that nothing the
        membership administration saved meanwhile is undone."""
        organisation.municipalities.set(self.cleaned_data["municipalities"])
        for name in DETAILS:
            setattr(organisation, name, self.cleaned_data[name])
        # Saved last, so that what listens to the save (the directory's cache) finds
        # the municipalities already changed.
        organisation.save()
