"""Helpers of the feeds' tests: Dutch titles, and a feed read as XML."""

import xml.etree.ElementTree as ET

from django.utils import translation


def translated(msgid, **values):
    """``msgid`` as the Dutch site shows it, whether or not the catalogue has it yet."""
    with translation.override("nl"):
        return translation.gettext(msgid).format(**values)


def parse(xml):
    # The XML is the feed our own view just wrote, not untrusted input.
    return ET.fromstring(xml)  # noqa: S314


def rss(client, url):
    """The <channel> of the RSS feed at ``url``."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    return parse(response.content).find("channel")
