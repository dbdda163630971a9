"""``{% picture %}``, written as Wagtail's, without the renditions that repeat a width and
with one file for the browsers that read none of the sources.

Wagtail never enlarges an image, so from an upload narrower than the widest rendition
asked for (a 600 px photo in ``width-{400,800,1200}``) several renditions come out
equally wide, and a srcset that names one width twice is invalid HTML
(wagtail/wagtail#12389). Load this library instead of ``wagtailimages_tags``.

With more than one format (``format-{avif,jpeg}``) the last is the fallback, and its
``<img>`` names only its widest rendition, without a srcset: every current browser reads
AVIF (Chrome 85, Firefox 93, Safari 16.4, Edge 121), and those left are mostly iPhones
and Macs of before 2023, whose screens of two or three pixels per point chose the widest
rendition anyway. So all get a sharp picture, and each page repeats a srcset and a
``sizes`` less per image. The ``<img>`` keeps the width and height of the first
rendition, which set its size on the page as before.

Without an ``alt`` of its own, the picture's alt text is the image's (``alt_text``),
never Wagtail's fallback to the title, which is the file name.
"""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
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

    def __html__(self):
        if not self.formats:
            return super().__html__()
        attrs = dict(self.attrs or {})
        fallback_format = self.get_fallback_format()
        sources = format_html_join(
            "",
            "<source{}>",
            (
                (
                    flatatt(
                        {
                            "srcset": self.get_width_srcset(self.formats[fmt.name]),
                            "sizes": attrs.get("sizes"),
                            "type": fmt.mime_type,
                        }
                    ),
                )
                for fmt in self.source_format_order
                if fmt.name in self.formats and fmt.name != fallback_format
            ),
        )
        fallback = self.formats[fallback_format]
        # Without a srcset a sizes attribute is invalid.
        attrs.pop("sizes", None)
        attrs["src"] = max(fallback, key=lambda rendition: rendition.width).url
        return format_html("<picture>{}{}</picture>", sources, fallback[0].img_tag(attrs))


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
