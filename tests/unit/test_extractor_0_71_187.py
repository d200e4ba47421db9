"""Extractor 0.71.187 (after 0.71.186), in sentences of our own (each fails on 0.71.186 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 7, 4)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_road_named_after_two_towns_is_no_place():
    got = places('"The Toretsk agglomeration, there are tactical achievements as well ... It is an important area, the '
                 'liberation of this territory will make it possible to disrupt the supply routes of the enemy grouping, '
                 'we are talking about the Pokrovsk-Kostiantynivka freeway. It will also open up the possibility of '
                 'further advancement," Gagin said.')
    assert not any("-" in p for p, _c, _a in got)


def test_troops_controlling_nearly_the_entire_town_is_a_partial_hold():
    assert places("Ukrainian forces are clearing Kupiansk. Though street fighting slows them, Kyiv's troops now "
                  "control nearly the entire city.") == set()


def test_guard_control_of_almost_a_hundred_settlements_including_a_town_holds_the_town():
    got = places("The defence forces of Ukraine control almost 100 settlements, including the district centre, the "
                 "town of Sudzha.")
    assert ("Sudzha", "Ukraine", "holds") in got


def test_a_capture_that_would_allow_an_advance_is_a_condition():
    assert places("The Ukrainian military spokesperson said the capture of Lyman would allow Kyiv to advance into the "
                  "Luhansk region.") == set()
