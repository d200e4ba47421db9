"""Extractor 0.71.165 (after 0.71.164), in sentences of our own (each fails on 0.71.164 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 7, 31)


def test_an_operational_tactical_group_that_refutes_the_claims_denies_them():
    text = ("On 31 July, the Russian Defence Ministry claimed that its forces had captured the town of Siversk. The "
            "Khortytsia Operational Tactical Group refuted those claims.")
    assert ("Siversk", "Russia", "denied", "Khortytsia operational-strategic group") in places(text, DAY)


def test_denying_their_falsehoods_denies_the_capture():
    text = ("On July 31, the Russian Ministry of Defence claimed to have captured Toretsk. The Khortytsia group mocked "
            "the Russian statements and denied their falsehoods.")
    assert ("Toretsk", "Russia", "denied", "Khortytsia operational-strategic group") in places(text, DAY)


def test_control_of_either_of_two_places_denied_denies_both():
    text = "In fact, Russians do not control either Lyman or Kupiansk, Andriy Kovalenko said."
    assert places(text, DAY) == {("Lyman", "Russia", "denied", "Andriy Kovalenko"),
                                 ("Kupiansk", "Russia", "denied", "Andriy Kovalenko")}


def test_controlling_neither_place_is_a_denial():
    text = "Russians control neither Lyman nor Kupiansk, Andriy Kovalenko said."
    assert ("Lyman", "Russia", "denied", "Andriy Kovalenko") in places(text, DAY)
