from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """How the bureau works in the admin: roles and approval, the dashboard, the
    article listing."""

    name = "sociaalwerk.editorial"
    label = "editorial"
    verbose_name = _("Editorial")
