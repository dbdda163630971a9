from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the site: health, error pages, logs, back-ups, the resilient cache,
    security headers, the job runner, and where and how uploads are stored."""

    name = "sociaalwerk.operations"
    label = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from sociaalwerk.operations.checks import check_shared_cache

        checks.register(check_shared_cache, checks.Tags.caches, deploy=True)
