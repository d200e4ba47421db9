"""Extractor 0.71.11 (after 0.71.10), in sentences of our own (each fails on 0.71.10 unless marked a guard): a place
"held by Kiev's forces" in an apposition is held, as with "Kyiv's"; the last word of a syndicator's tag left at a
sentence's start after its first part was masked ("UkrinForm) This was stated ...") opens no words."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.spans import _strip_intro
from tests.unit.extraction_helpers import places


def test_a_town_held_by_kievs_forces():
    text = "The key city of Pokrovsk, a town held by Kiev's forces, was shelled overnight."
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2024, 8, 10))} == {("Pokrovsk", "Ukraine")}


def test_a_town_held_by_kyivs_forces():
    # guard: the other spelling, as before
    text = "The key city of Pokrovsk, a town held by Kyiv's forces, was shelled overnight."
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2024, 8, 10))} == {("Pokrovsk", "Ukraine")}


def test_the_tail_of_a_masked_syndicator_tag():
    text = "UkrinForm) This was stated on air by the spokesman."
    assert text[_strip_intro(text, 0, len(text)):].startswith("This was stated")
