"""The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): it asks for a
description, the image's alternative text on the site, and an image too large for
Pillow even to open is refused like any image over the pixel limit, not with a server
error.

Wagtail titles an upload with its file name; the site never shows the title, and uses
the description as alt text (``sociaalwerk.core.images.alt_text``). The description is
optional: an image that only decorates has none, and gets ``alt=""``.

Wagtail 7.4 checks ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` with the size Pillow reads from
the file's header, but Pillow refuses to open an image of more than twice its own
``MAX_IMAGE_PIXELS`` (about 179 million: a 30000×30000 PNG, a GIF whose header claims
65535×65535) with a ``DecompressionBombError`` that Wagtail does not catch. Wagtail
fixed this upstream (wagtail/wagtail#14225); drop this module once an upgrade brings it.
"""

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL.Image import DecompressionBombError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class PixelLimitedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except DecompressionBombError as error:
            raise ValidationError(
                _("This image has too many pixels. The maximum is %(max_pixels)s pixels."),
                code="file_too_many_pixels",
                params={"max_pixels": number_format(self.max_image_pixels, force_grouping=True)},
            ) from error


class ImageForm(BaseImageForm):
    """Every image form of the admin: add, edit, the multiple upload and the chooser's
    upload all build on this base."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].label = _("Description (alt text)")
            self.fields["description"].help_text = _(
                "Describe what the image shows, for those who cannot see it. Leave empty "
                "for a purely decorative image."
            )
        if "file" in self.fields:  # the multiple upload's edit form has none
            # Wagtail builds the field itself; keep its label, widget and requiredness.
            field = self.fields["file"]
            self.fields["file"] = PixelLimitedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
