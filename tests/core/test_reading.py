"""Reading time, excerpts and Dutch dates: how articles are summarised for readers."""

import datetime

import pytest
from django.template import Context, Template
from hypothesis import given
from hypothesis import strategies as st

from sociaalwerk.core import reading


def render(source, **context):
    return Template(source).render(Context(context)).strip()


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (140, 1), (190, 1), (374, 1), (375, 2), (541, 2), (624, 2), (625, 3)],
)
def test_reading_minutes_round_to_the_nearest_minute_and_at_least_one(words, minutes):
    assert reading.reading_minutes(words) == minutes


def test_words_are_counted_across_texts_with_dutch_compounds_and_accents():
    assert (
        reading.count_words(
            "Sociaal werk in de wijk.", "", "de-medicalisering van ’s-Hertogenbosch"
        )
        == 8
    )
    assert reading.count_words("één café", None) == 2


def test_excerpt_keeps_short_text_whole():
    assert reading.excerpt("Korte tekst.") == "Korte tekst."


def test_excerpt_cuts_at_a_word_and_ends_with_an_ellipsis():
    text = "Hoe maken gemeenten, verzekeraars en aanbieders in zorg en welzijn samen een succes"
    cut = reading.excerpt(text, length=40)
    assert cut == "Hoe maken gemeenten, verzekeraars en…"
    assert len(cut) <= 41


@given(st.text(min_size=0, max_size=600))
def test_excerpt_never_exceeds_its_length_and_never_splits_a_word(text):
    cut = reading.excerpt(text, length=60)
    assert len(cut) <= 61
    if cut.endswith("…") and " " in cut:  # (a single over-long word is cut where it must)
        words = " ".join(text.split()).split(" ")
        assert cut[:-1].rstrip(" ,;:.-–—").split(" ")[-1] in words


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(1, "1 minuut lezen"), (2, "2 minuten lezen"), (12, "12 minuten lezen")],
)
def test_reading_time_reads_in_dutch(minutes, expected):
    template = '{% include "components/reading_time.html" with minutes=minutes only %}'
    assert render(template, minutes=minutes) == expected


def test_dates_are_written_out_in_dutch():
    assert render('{{ d|date:"j F Y" }}', d=datetime.date(2020, 4, 28)) == "28 april 2020"
