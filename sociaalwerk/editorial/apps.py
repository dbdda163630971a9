from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """How the bureau works in the admin: roles and approval, the dashboard, the
    article listing, dates written the Dutch way."""

    name = "sociaalwerk.editorial"
    label = "editorial"
    verbose_name = _("Editorial")

    def ready(self):
        # Before any admin form is built, and after Wagtail's own options it replaces.
        from sociaalwerk.editorial.date_inputs import register_form_field_options

        register_form_field_options()
