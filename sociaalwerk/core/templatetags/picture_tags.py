"""``{% picture %}``, written as Wagtail's, without the renditions that repeat a width.

Wagtail never enlarges an image, so from an upload narrower than the widest rendition
asked for (a 600 px photo in ``width-{400,800,1200}``) several renditions come out
equally wide, and a srcset that names one width twice is invalid HTML
(wagtail/wagtail#12389). Load this library instead of ``wagtailimages_tags``.

Without an ``alt`` of its own, the picture's alt text is the image's (``alt_text``),
never Wagtail's fallback to the title, which is the file name.
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, image

from sociaalwerk.core.images import alt_text

register = template.Library()


class DistinctWidthPicture(Picture):
    @classmethod
    def get_width_srcset(cls, renditions_list):
        """The first rendition of each width, always with its width: ``sizes`` needs it."""
        by_width = {}
        for rendition in renditions_list:
            by_width.setdefault(rendition.width, rendition)
        return ", ".join(f"{r.url} {width}w" for width, r in by_width.items())


class DistinctWidthPictureNode(PictureNode):
    def render(self, context):
        picture = self.validate_image(context)
        if not picture:
            return ""
        renditions = get_renditions_or_not_found(picture, self.get_filters())
        attrs = {"alt": alt_text(picture)}
        attrs.update((name, value.resolve(context)) for name, value in self.attrs.items())
        return DistinctWidthPicture(renditions, attrs).__html__()


@register.tag
def picture(parser, token):
    parsed = image(parser, token)
    if parsed.output_var_name:
        raise template.TemplateSyntaxError("{% picture … as name %} is not supported here")
    return DistinctWidthPictureNode(parsed.image_expr, parsed.filter_specs, attrs=parsed.attrs)
