""" "Contributie" in the admin: the membership administration sets each year's fee scale."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from members.models.fees import FeeScale, validate_tiers


class FeeScaleForm(WagtailAdminModelForm):
    """Checks the tiers together, as they are about to be saved: each tier alone cannot
    know whether it starts higher than the one before it."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets["tiers"]
        if formset.is_valid():
            tiers = [
                form.instance
                for form in sorted(
                    formset.forms, key=lambda form: form.cleaned_data.get("ORDER") or 0
                )
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            for error in validate_tiers(tiers):
                self.add_error(None, ValidationError(error))
        return cleaned_data


class FeeScaleViewSet(ModelViewSet):
    model = FeeScale
    edit_handler = ObjectList(FeeScale.panels, base_form_class=FeeScaleForm)
    icon = "tag"
    menu_label = _("Fees")
    url_prefix = "contributie"
    list_display = ["year", "minimum", "maximum"]
    ordering = ["-year"]
    copy_view_enabled = False


fee_scale_viewset = FeeScaleViewSet("fee_scales")
