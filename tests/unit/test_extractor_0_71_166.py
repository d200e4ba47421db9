"""Extractor 0.71.166 (after 0.71.165), in sentences of our own (each fails on 0.71.165 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2022, 9, 2)


def test_a_singular_unit_before_a_regions_noun_is_its_size():
    text = "Russian forces now occupy nearly all of this fertile 10,000 square mile region, including its capital."
    assert areas(text, DAY) == set()


def test_an_area_of_a_region_held_is_still_a_holding():
    text = "Ukraine controls a 1,000-square-kilometer area in the Kursk region."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 1000.0)}     # guard
