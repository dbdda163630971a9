"""Exports of what visitors typed: no cell runs as a formula in a spreadsheet that splits
the CSV on commas or on semicolons, and the text still reads as it was typed."""

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from sociaalwerk.public_forms.exports import neutralise
from tests.helpers import cells_that_would_run, spreadsheet_cells

HOSTILE = [
    "=1+1",
    "Utrecht;=1+1;",
    "Utrecht; =1+1",
    "Utrecht,=1+1",
    ' =HYPERLINK("http://x")',
    "+31 6 12345678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "Utrecht\n=1+1",
    "Utrecht\r\n@SUM(1)",
    'a;"=1+1"',
    "a;\t-1",
    "\u00a0=1+1",
]


def export(rows):
    """``rows`` as the admin exports them: neutralised, written with commas."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([neutralise(value) for value in row])
    return out.getvalue()


def test_hostile_values_run_with_neither_separator_and_stay_readable():
    text = export([["Naam", value, "Bericht"] for value in HOSTILE])

    assert cells_that_would_run(text) == []
    by_comma = spreadsheet_cells(text)[","]
    assert [row[1] for row in by_comma] == [neutralise(value) for value in HOSTILE]
    assert neutralise("Utrecht;=1+1;") == "Utrecht;'=1+1;'"
    assert neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    for value in HOSTILE:
        assert neutralise(value).replace("'", "") == value.replace("'", "")


def test_plain_text_numbers_and_dates_are_left_alone():
    for value in ["Welzijn Utrecht", "Zorg & Co; Welzijn", "a, b", "3511 AA", 120, None]:
        assert neutralise(value) == value


def test_without_neutralising_the_semicolon_split_would_run():
    out = io.StringIO(newline="")
    csv.writer(out).writerow(["Utrecht;=1+1;"])
    assert cells_that_would_run(out.getvalue()) == [(";", "=1+1")]


TRICKY = st.text(alphabet=st.sampled_from(list("ab =+-@;,\"'\t\r\n\u00a0")), max_size=12)


@given(st.lists(st.lists(TRICKY, min_size=1, max_size=4), min_size=1, max_size=3))
def test_no_text_runs_with_either_separator(rows):
    text = export(rows)

    assert cells_that_would_run(text) == []
    for row in rows:
        for value in row:
            safe = neutralise(value)
            assert neutralise(safe) == safe  # neutralising twice changes nothing
            assert safe.replace("'", "") == value.replace("'", "")
