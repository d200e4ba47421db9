"""Extractor 0.71.90 (after 0.71.89), in sentences of our own (each fails on 0.71.89 unless marked a guard): the
sentence after a count may name its places as "The settlements named were A in X and B in Y" (each item's oblast
named bare) or between dashes, "The villages - A, B and C - lie south of ..."; "a string of four villages" is a
count of places as "four villages" is."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2025, 7, 6)


def _claims(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.region) for p in run(text, DAY).place_claims}


def test_the_settlements_named_were():
    text = ("Russia's defence ministry said its troops had taken two more settlements. The settlements named were "
            "Zorianka in Donetsk and Bilokamianka in Kharkiv.")
    assert _claims(text) == {("Zorianka", "Russia", "Donetsk Oblast"), ("Bilokamianka", "Russia", "Kharkiv Oblast")}


def test_a_string_of_villages_named_between_dashes():
    text = ("Ukrainian troops said on Monday that they had liberated a string of three villages in the Donetsk region. "
            "The villages - Zorianka, Bilokamianka and Mokrianka - lie south of the town.")
    assert {place for place, _c, _r in _claims(text)} == {"Zorianka", "Bilokamianka", "Mokrianka"}
