"""Extractor 0.71.87 (after 0.71.86), in sentences of our own (each fails on 0.71.86 unless marked a guard): "along
about 100 km of the 1,200-km front" and "a 100 km stretch of the front" are a width, not an advance's depth; "the
liberation of LPR Rozovka" names the place after the republic's abbreviation, in the oblast it names."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run

DAY = datetime(2024, 10, 20)


def test_a_part_of_the_front_is_a_width():
    text = "Russian troops are pushing west along about 100 km of the 1,200-km front near Pokrovsk."
    assert areas(text, DAY) == set()


def test_a_stretch_of_the_front_is_a_width():
    text = "Russian troops are advancing along a 60 km stretch of the front line."
    assert areas(text, DAY) == set()


def test_an_advance_along_the_front_keeps_its_depth():
    # guard: the depth before "along the 100-km front" stays an advance
    text = "Russian troops have advanced 5 km along the 100-km front."
    assert areas(text, DAY) == {("advance_depth", "Russia", 5.0)}


def test_the_republic_before_the_name():
    text = "On July 21, the Russian Defense Ministry reported the liberation of LPR Rozovka."
    claims = [(p.place, p.controller, p.region) for p in run(text, DAY).place_claims]
    assert claims == [("Rozivka", "Russia", "Luhansk Oblast")]
