"""How documents are named in links: their title, type and size, the Dutch way."""

import re

from django import template
from django.utils.formats import number_format

register = template.Library()

# A title Wagtail made from a file name ("handreiking-buurtgericht-werken") has no
# spaces: underscores, or hyphens in lower case, between its words. A real title of
# one word may have a hyphen ("Zelfregie-rapport"), but then it has a capital.
FILE_NAME_TITLE = re.compile(r"^(?=\S*_)\S+$|^(?=\S*-)[^\sA-Z]+$")


@register.filter
def document_title(document):
    """The document's title; one still spelled as its file name reads as words."""
    title = document.title
    if FILE_NAME_TITLE.match(title):
        title = " ".join(re.split(r"[-_]+", title)).strip()
        title = title[:1].upper() + title[1:]
    return title


def file_size(size):
    """``size`` bytes in decimal units, as Dutch writes them: "750 kB", "1,2 MB"."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{number_format(size / 1_000_000, decimal_pos=1)} MB"


@register.filter
def document_info(document):
    """Type and size of the document: "PDF, 750 kB" (the type alone if the size is
    unknown)."""
    parts = [document.file_extension.upper()]
    if document.file_size:
        parts.append(file_size(document.file_size))
    return ", ".join(parts)
