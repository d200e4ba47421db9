"""Extractor 0.71.8 (after 0.71.7), in sentences of our own (each fails on 0.71.7 unless marked a guard): the leaders
of Belarus, Germany and France are offices with their holders by date (seeds/offices.csv); a title the text gave a
known person before ("German Chancellor Friedrich Merz") names that person when used alone later, before whoever held
the office on the article's date."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run


def _speakers(text: str, day: datetime) -> set[str]:
    return {s.speaker for s in run(text, day).statements}


def test_the_leader_of_belarus():
    text = 'The authoritarian leader of Belarus announced that the missiles would be deployed "closer to Smolensk."'
    assert _speakers(text, datetime(2024, 12, 12)) == {"Alexander Lukashenko"}


def test_the_german_chancellor_by_date():
    text = "The German chancellor said that Europe would keep up its support for Kyiv."
    assert _speakers(text, datetime(2024, 3, 1)) == {"Olaf Scholz"}
    assert _speakers(text, datetime(2025, 9, 1)) == {"Friedrich Merz"}


def test_the_french_president():
    text = "The French president said that troops could be sent."
    assert _speakers(text, datetime(2024, 2, 27)) == {"Emmanuel Macron"}


def test_the_title_given_before_the_name_wins_over_the_date():
    # guard: 0.71.7 knew no German office; with the office known, the person the text titled still comes first
    text = ("Dmitry Medvedev mocked the remarks of German Chancellor Friedrich Merz. The German Chancellor said that "
            "Europe would keep up its support for Kyiv.")
    assert _speakers(text, datetime(2024, 10, 5)) == {"Friedrich Merz"}


def test_a_countrys_official_is_nobody_in_particular():
    # guard: an indefinite official of a country stays unnamed
    assert _speakers("A German official said that Europe would keep up its support.", datetime(2025, 9, 1)) == set()
