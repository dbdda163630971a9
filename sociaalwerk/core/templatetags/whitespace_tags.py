"""``{% collapse_indentation %}``: a page without the indentation of its templates.

Templates are indented for whoever reads them; the visitor's browser renders a line
break followed by spaces and blank lines exactly as one line break. The frame, cards
and loops leave 1.3 KB of it in the demo home page, 110 of its 3,276 bytes in Brotli,
and as much on every page. Django's ``{% spaceless %}`` would go further and join
inline elements ("11</span> <span>Dec") that a space keeps apart. ``<pre>``,
``<textarea>``, ``<script>`` and ``<style>`` keep every space, since there they are
content.
"""

import re

from django import template

register = template.Library()

# A verbatim element as a whole, or a line break with the white space around it.
VERBATIM_OR_BREAK = re.compile(
    r"(<(pre|textarea|script|style)\b.*?</\2\s*>)|[ \t]*\n\s*", re.IGNORECASE | re.DOTALL
)


def collapse_indentation(html):
    """``html`` with every line break and the white space around it made one line break,
    outside the elements whose white space is content."""
    return VERBATIM_OR_BREAK.sub(lambda match: match[1] or "\n", html).strip()


class CollapseIndentationNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return collapse_indentation(self.nodelist.render(context))


@register.tag("collapse_indentation")
def collapse_indentation_tag(parser, token):
    nodelist = parser.parse(("endcollapse_indentation",))
    parser.delete_first_token()
    return CollapseIndentationNode(nodelist)
