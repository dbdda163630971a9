"""Helpers shared by the tests of several apps: articles in bulk, the query count of a
page and its reads of the site root paths, the demo's news item, a mail server that is
down, how a spreadsheet reads an exported CSV file, and what a browser sends for a form."""

import codecs
import csv
import io
import re
from html.parser import HTMLParser
from unittest import mock

from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import Site

from news.models import NewsPage
from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
)

# The most SQL queries any page of the site may take when it is not cached (the site
# frame, kept across requests, read before).
QUERY_BUDGET = 10

# The pages of the content site whose query count the tests compare, by name.
PAGES = {
    "home": "/",
    "theme index": "/thema/",
    "theme": "/thema/sociale-verbondenheid/",
    "theme archive": "/thema/sociale-verbondenheid/nieuws/",
    "theme archive, last page": "/thema/sociale-verbondenheid/nieuws/?page=999",
    "news index": "/nieuws/",
    "news index, filtered": "/nieuws/?thema=sociale-verbondenheid&jaar=2020",
    "blog index": "/blogs/",
    "publication index": "/publicaties/",
}


def add_articles(site, count):
    """``count`` articles, the three types in turn, each with its theme, authors, documents."""
    author = AuthorFactory()
    pages = []
    for number in range(count):
        kind = number % 3
        themes = [site.theme, site.other_theme] if number % 2 else [site.theme]
        if kind == 0:
            pages.append(NewsPageFactory(parent=site.news_index, themes=themes))
        elif kind == 1:
            pages.append(BlogPageFactory(parent=site.blog_index, themes=themes, authors=[author]))
        else:
            pages.append(
                PublicationPageFactory(
                    parent=site.publication_index,
                    themes=themes,
                    authors=[author],
                    documents=[DocumentFactory()],
                )
            )
    return pages


def warm_up(client, url):
    """Fill the per-process caches (content types, site root paths) and the site frame."""
    client.get(url)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def site_root_path_reads(client, url):
    """How often answering ``url`` read the site root paths from the cache: once per
    request when every page link is built with the request, which keeps them."""
    with mock.patch.object(
        Site, "get_site_root_paths", wraps=Site.get_site_root_paths
    ) as get_site_root_paths:
        client.get(url)
    return get_site_root_paths.call_count


def article_in_news(demo_site):
    return NewsPage.objects.get(slug="sociale-psychiatrie-in-de-wijk")


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


# What a spreadsheet runs as a formula: a cell that starts with one of these, also after
# leading spaces.
FORMULA_START = re.compile(r"\s*[=+\-@\t\r]")


def spreadsheet_cells(csv_text):
    """Every cell of ``csv_text`` as a spreadsheet splits it: on commas, and on semicolons
    as a spreadsheet set to Dutch does. Returns {delimiter: rows}."""
    return {
        delimiter: list(csv.reader(io.StringIO(csv_text, newline=""), delimiter=delimiter))
        for delimiter in ",;"
    }


def exported_csv(response):
    """The text of a CSV export of the admin, which starts with the byte-order mark that
    Excel needs to read it as UTF-8."""
    data = b"".join(response.streaming_content)
    assert data.startswith(codecs.BOM_UTF8)
    return data.decode("utf-8-sig")


def csv_rows(csv_text):
    """The rows of an exported CSV as Excel set to Dutch splits them: on semicolons."""
    return list(csv.reader(io.StringIO(csv_text, newline=""), delimiter=";"))


def xlsx_sheet(response):
    """The sheet of an XLSX export of the admin."""
    return load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def cells_that_would_run(csv_text):
    """The cells of ``csv_text`` that a spreadsheet would run as a formula, with either
    separator."""
    return [
        (delimiter, cell)
        for delimiter, rows in spreadsheet_cells(csv_text).items()
        for row in rows
        for cell in row
        if FORMULA_START.match(cell)
    ]


class FormValues(HTMLParser):
    """What a browser sends for the form with ``form_id`` in an HTML page."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.values = form_id, False, []
        self.textarea = self.select = self.first_option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        elif not self.inside or ("name" not in attrs and tag != "option"):
            return
        elif tag == "input" and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.values.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select, self.first_option = attrs["name"], None
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            if "selected" in attrs:
                self.values.append((self.select, value))
                self.select = None
            elif self.first_option is None:
                self.first_option = value

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            self.values.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select:
            self.values.append((self.select, self.first_option or ""))
            self.select = None

    @classmethod
    def of(cls, html, form_id):
        parser = cls(form_id)
        parser.feed(html)
        data = {}
        for name, value in parser.values:
            data.setdefault(name, []).append(value)
        return data
