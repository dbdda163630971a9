"""Helpers of the SEO tests: the meta tags, links and JSON-LD of a page's <head>."""

import json
from html.parser import HTMLParser

from blog.models import BlogPage
from news.models import NewsPage
from publications.models import PublicationPage

ARTICLE_TYPES = {NewsPage: "NewsArticle", BlogPage: "BlogPosting", PublicationPage: "Report"}


class Head(HTMLParser):
    """The meta tags, links and scripts of an HTML page, with attribute values unescaped."""

    def __init__(self, html):
        super().__init__()
        self.meta = {}
        self.links = {}
        self.scripts = []  # [type, text] of every script element
        self.in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (key := attrs.get("property") or attrs.get("name")):
            self.meta[key] = attrs.get("content")
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), attrs.get("href"))
        elif tag == "script":
            self.scripts.append([attrs.get("type"), ""])
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1][1] += data

    @property
    def json_ld(self):
        """The parsed JSON-LD documents of the page."""
        return [json.loads(text) for kind, text in self.scripts if kind == "application/ld+json"]


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())
