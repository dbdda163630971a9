from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search: the windowed PostgreSQL backend, the form and the view."""

    name = "sociaalwerk.search"
    label = "site_search"
    verbose_name = _("Site search")
