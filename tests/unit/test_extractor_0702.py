"""Extractor 0.70.2: from held back 75's false area claim, after its scoring, in a sentence of our own (fails on 0.70.1;
the guard holds on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas


def test_a_distance_in_parentheses_after_a_place_is_where_it_lies():
    text = ("Footage released on Monday shows that Russian troops have recently advanced west of Novopil "
            "(7 km south of Velyka Novosilka), the analysts said.")
    assert areas(text) == set()


def test_an_advance_stated_before_the_parentheses_stays():
    text = "Russian troops advanced 3 km near Novopil (Donetsk Oblast), the ministry said."
    assert areas(text) == {("advance_depth", "Russia", 3.0)}
