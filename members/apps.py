from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Membership")

    def ready(self):
        # Imported here: they import models, which exist only once apps are ready.
        from members import (
            member_group,  # noqa: F401  (connects its signals)
            signal_handlers,
        )

        signal_handlers.register_signal_handlers()
