"""Extractor 0.71.185 (after 0.71.184), in sentences of our own (each fails on 0.71.184 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 1, 1)


def areas(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_region_named_right_after_the_figure_beats_two_fronts_before_it():
    got = areas("Russian units stepped up attacks in the Pokrovsk and Hulyaipole directions, where thanks to their "
                "numbers they captured four settlements in the Zaporizhzhia region.")
    assert got == {("settlements_gained", "Russia", "Zaporizhzhia Oblast", 4.0)}


def test_guard_two_fronts_and_no_region_of_its_own_is_the_whole_front():
    got = areas("On the Donetsk and Tavriia fronts, Ukrainian troops liberated 12 settlements last week.")
    assert {(m, c, r) for m, c, r, _v in got} == {("settlements_gained", "Ukraine", "Ukraine")}


def test_an_advance_of_thousands_of_kilometres_is_no_depth():
    assert areas("Russia advanced by 3,600 km in Ukraine last year, the analysts said.") == set()


def test_guard_an_advance_of_tens_of_kilometres_is_a_depth():
    assert {m for m, *_ in areas("Ukrainian troops advanced 12 km near Robotyne.")} == {"advance_depth"}


def test_an_evacuation_held_in_settlements_is_no_holding():
    assert areas("The occupiers announced an evacuation of the Zaporizhzhia Region. It is held in 16 settlements "
                 "near the front line.") == set()
