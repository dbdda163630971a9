"""Helpers of the agenda's tests: events in bulk, and a clock moved forward."""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from sociaalwerk.page_cache import store
from tests.factories import EventPageFactory


def add_events(site, count, *, past=0):
    """``count`` upcoming events (half of them also of the other theme) and ``past`` ended ones."""
    today = datetime.date.today()
    events = []
    for number in range(count + past):
        themes = [site.theme, site.other_theme] if number % 2 else [site.theme]
        days = 3 + number if number < count else -(3 + number)
        events.append(
            EventPageFactory(
                parent=site.agenda, start_date=today + datetime.timedelta(days=days), themes=themes
            )
        )
    return events


def move_clock(monkeypatch, moment):
    """Let the site and the page cache believe it is ``moment``."""
    monkeypatch.setattr(timezone, "now", lambda: moment)
    monkeypatch.setattr(
        store,
        "time",
        SimpleNamespace(time=moment.timestamp, time_ns=lambda: int(moment.timestamp() * 1e9)),
    )
