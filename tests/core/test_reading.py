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


def test_excerpt_of_text_one_longer_than_the_length_still_fits_with_its_ellipsis():
    cut = reading.excerpt("Een twee drie vier", length=17)
    assert cut == "Een twee drie…" and len(cut) <= 17


def test_excerpt_never_parts_a_letter_from_its_accent():
    word = "e\u0301" * 30  # "é" as a letter and a combining accent
    cut = reading.excerpt(word, length=20)
    assert cut == "e\u0301" * 9 + "…"


@given(st.text(min_size=0, max_size=600), st.integers(min_value=2, max_value=200))
def test_excerpt_never_exceeds_its_length_and_never_splits_a_word(text, length):
    cut = reading.excerpt(text, length=length)
    whole = " ".join(text.split())
    assert len(cut) <= length
    if not cut.endswith("…") or cut == whole:
        assert cut == whole  # unshortened text gets no ellipsis
        return
    assert len(whole) > length
    if " " in cut:  # (a single over-long first word is cut where it must)
        words = whole.split(" ")
        assert cut[:-1].rstrip(" ,;:.-–—").split(" ")[-1] in words or cut == "…"
        assert whole.startswith(cut[:-1].rstrip(" ,;:.-–—"))


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(1, "1 minuut lezen"), (2, "2 minuten lezen"), (12, "12 minuten lezen")],
)
def test_reading_time_reads_in_dutch(minutes, expected):
    template = '{% include "components/reading_time.html" with minutes=minutes only %}'
    assert render(template, minutes=minutes) == expected


def test_dates_are_written_out_in_dutch():
    assert render('{{ d|date:"j F Y" }}', d=datetime.date(2020, 4, 28)) == "28 april 2020"
