from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicFormsConfig(AppConfig):
    """What every public form shares: spam protection and the submit-and-refuse flow."""

    name = "sociaalwerk.public_forms"
    label = "public_forms"
    verbose_name = _("Public forms")
