"""The editors' guide (``docs/redactie.md``) inside the admin, under Help.

The guide is kept in the repository beside the code, so that it changes with the screens
it describes and its screenshots are retaken by the browser test that walks the same
steps. Here it is rendered for whoever is logged in to the admin; its pictures are
served from ``docs/img/`` by the same login, never as public static files.
"""

import functools
import re

from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from markdown_it import MarkdownIt
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE = settings.BASE_DIR / "docs" / "redactie.md"
PICTURES = settings.BASE_DIR / "docs" / "img"
PICTURE_NAME = re.compile(r"[0-9a-z-]+\.png")
PICTURE_LINK = re.compile(r'src="img/([^"]+)"')
# The anchors GitHub gives headings, so that the guide's own links work in both places.
NOT_IN_ANCHOR = re.compile(r"[^\w\- ]")


def anchor(heading):
    return NOT_IN_ANCHOR.sub("", heading.strip().lower()).replace(" ", "-")


def _heading_with_anchor(renderer, tokens, index, options, env):
    tokens[index].attrSet("id", anchor(tokens[index + 1].content))
    return renderer.renderToken(tokens, index, options, env)


@functools.cache
def _markdown():
    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    markdown.add_render_rule("heading_open", _heading_with_anchor)
    return markdown


@functools.lru_cache(maxsize=1)
def guide_html(modified):
    """The guide's introduction and chapters as HTML, and the chapters as (anchor,
    title); rendered again only when the file has changed (``modified``)."""
    markdown = _markdown()
    tokens = markdown.parse(GUIDE.read_text(encoding="utf-8"))
    chapters = [
        (anchor(tokens[index + 1].content), tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == "h2"
    ]
    html = markdown.renderer.render(tokens, markdown.options, {})
    html = PICTURE_LINK.sub(lambda match: f'src="{picture_url(match[1])}"', html)
    # The introduction comes before the list of chapters, the chapters after it.
    introduction, first_chapter, rest = html.partition("<h2")
    return introduction, first_chapter + rest, chapters


def picture_url(name):
    return reverse("editorial_guide_picture", args=[name])


class GuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/guide.html"
    page_title = _("Editors' guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        introduction, chapters_html, chapters = guide_html(GUIDE.stat().st_mtime_ns)
        return super().get_context_data(
            introduction=introduction, chapters_html=chapters_html, chapters=chapters, **kwargs
        )


def guide_picture(request, name):
    if not PICTURE_NAME.fullmatch(name) or not (PICTURES / name).is_file():
        raise Http404
    return FileResponse((PICTURES / name).open("rb"), content_type="image/png")
