"""Template tags for the metadata in ``<head>``; the logic is in ``seo.metadata``."""

from django import template

from sociaalwerk.seo import metadata, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The PageMeta of the page being rendered, or None."""
    return metadata.page_meta(context.get("page"), context.get("request"), context.get("articles"))


@register.filter
def json_ld(data):
    return structured_data.script_element(data)
