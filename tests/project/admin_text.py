"""What a person reads on an admin screen: the text of the HTML without scripts, styles,
icons and hidden elements, and the labels of the sidebar menu (drawn by script)."""

import json
import re
from html.parser import HTMLParser

SKIPPED = {"script", "style", "template", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
SIDEBAR = re.compile(
    r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.S
)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.skipping, self.parts = [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        skip = tag in SKIPPED or "hidden" in dict(attrs)
        self.open.append((tag, skip))
        self.skipping += skip

    def handle_endtag(self, tag):
        while self.open:
            opened, skip = self.open.pop()
            self.skipping -= skip
            if opened == tag:
                break

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.parts.append(" ".join(data.split()))


def menu_labels(value):
    if isinstance(value, dict):
        own = [value["label"]] if isinstance(value.get("label"), str) else []
        return own + menu_labels(list(value.values()))
    if isinstance(value, list):
        return [label for item in value for label in menu_labels(item)]
    return []


def visible_text(html):
    """The text pieces a person reads on the page, in order."""
    parser = VisibleText()
    parser.feed(html)
    if sidebar := SIDEBAR.search(html):
        parser.parts += menu_labels(json.loads(sidebar.group(1)))
    return parser.parts
