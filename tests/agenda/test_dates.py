"""When an event takes place, in Dutch as people write it."""

import datetime

import pytest
from django.utils import translation

from agenda.dates import span

D = datetime.date
T = datetime.time


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((D(2026, 4, 14), T(13), None, T(17)), "dinsdag 14 april 2026, 13.00–17.00 uur"),
        ((D(2026, 4, 14), T(9, 30)), "dinsdag 14 april 2026, 9.30 uur"),
        ((D(2026, 4, 14),), "dinsdag 14 april 2026"),
        ((D(2026, 4, 14), None, D(2026, 4, 16)), "dinsdag 14 tot en met donderdag 16 april 2026"),
        (
            (D(2026, 4, 30), None, D(2026, 5, 1)),
            "donderdag 30 april tot en met vrijdag 1 mei 2026",
        ),
        (
            (D(2026, 12, 30), None, D(2027, 1, 1)),
            "woensdag 30 december 2026 tot en met vrijdag 1 januari 2027",
        ),
        (
            (D(2026, 4, 14), T(13), D(2026, 4, 15), T(17)),
            "dinsdag 14 april 13.00 uur tot woensdag 15 april 2026 17.00 uur",
        ),
    ],
)
def test_periods_read_as_people_write_them(args, expected):
    assert span(*args) == expected
