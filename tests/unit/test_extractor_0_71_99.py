"""Extractor 0.71.99 (after 0.71.98), in sentences of our own (each fails on 0.71.98 unless marked a guard).

Speakers: "the press service of the Ministry of Defense" is the ministry (a body whose last word is also a title's);
"the Ground Forces' press service said" is the Ground Forces (a plural's possessive); "X reported this information"
credits the sentence before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes

DAY = datetime(2025, 12, 4)


def _statements(text: str) -> set[tuple]:
    return quotes(text, DAY)


def test_the_press_service_of_a_ministry_of_defense():
    text = "A drifting sea drone was destroyed overnight, the press service of the Bulgarian Ministry of Defense said."
    assert {s for s, _q in _statements(text)} == {"Bulgarian Ministry of Defense"}


def test_a_plural_owner_of_a_press_service():
    text = "Commanders inspected the brigades in the Lyman sector, the Territorial Defense Forces' press service said."
    assert {s for s, _q in _statements(text)} == {"Territorial Defense Forces"}


def test_reported_this_information():
    text = ("A drifting sea drone was destroyed off the coast. The Bulgarian Ministry of Defense reported this "
            "information.")
    assert _statements(text) == {("Bulgarian Ministry of Defense", "A drifting sea drone was destroyed off the coast")}
