"""Extractor 0.71.122 (after 0.71.121), in sentences of our own (each fails on 0.71.121 unless marked a guard).

A place named as the subject of its own size ("Crimea, annexed in 2014, is around 27,000 sq km") is no claim; a page's
breadcrumb trail ending in a cut headline is furniture; "X was asked by Y about ..." says nothing of Y's; "Experts shared
their opinions in an interview, Ukrinform reports" tells that views were given, not what they were."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes


def test_a_places_own_size_is_no_claim():
    text = ("Territories under Russian control, real or claimed.\n\n"
            "Crimea, seized by Russia in 2014 in a military operation, is about 27,000 sq km.\n\nNothing else.")
    assert areas(text, datetime(2025, 8, 19)) == set()


def test_the_area_a_side_controls_told_with_is_stays_a_guard():
    # (a guard: the subject is the land held, not a place's size)
    text = ("Territories under Russian control, real or claimed.\n\n"
            "The territory Russia controls is about 110,000 sq km.\n\nNothing else.")
    assert areas(text, datetime(2025, 8, 19)) == {("area_controlled", "Russia", 110000.0)}


def test_a_breadcrumb_trail_is_furniture():
    # (a guard: here "they" finds no speaker on 0.71.121 either; on the page this comes from it found the trail)
    text = ("Home World Europe Russia Ukraine war Occupiers force residents of the south to take Russian passports and...\n\n"
            "Occupiers force residents of the south to take Russian passports\n\n"
            "In May, soldiers stopped a farmer on his way home.\n"
            "\u201cWhy are you not fighting for us? You have our passport now,\u201d they demanded.")
    assert quotes(text, datetime(2024, 3, 15)) == set()


def test_whom_a_broadcaster_asked_says_nothing_of_the_broadcasters():
    text = ("Kyiv reacted angrily.\n\n"
            "The 86-year-old pontiff was asked by the Swiss broadcaster RSI about a debate in Ukraine over talks.\n\n"
            "Nothing else.")
    assert quotes(text, datetime(2024, 3, 11)) == set()


def test_that_views_were_given_is_no_content():
    text = ("Moscow seeks to use up Kyiv's air defence missiles.\n"
            "Analysts gave their views in an interview with Politico, Ukrinform reports.\n\nNothing else.")
    assert quotes(text, datetime(2024, 1, 3)) == set()
