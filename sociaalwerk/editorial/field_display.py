"""How the admin's inspect views show a field's value, where Wagtail's default is English."""

from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.timezone import template_localtime
from wagtail.admin.ui.fields import BaseFieldDisplay
from wagtail.images.components import ImageDisplay

from sociaalwerk.core.panels import readable_value


class ReadableDisplay(BaseFieldDisplay):
    """Yes/no and empty dates in Dutch ("Ja", "Nee", "-"), not Python's True and None;
    dates in local time, as a template shows them."""

    def render_html(self, parent_context=None):
        return conditional_escape(localize(template_localtime(readable_value(self.value))))


class ReadableImageDisplay(ImageDisplay):
    """An image, or "-" where there is none (Wagtail's own shows "None")."""

    def render_html(self, parent_context=None):
        if self.value is None:
            return readable_value(None)
        return super().render_html(parent_context)
