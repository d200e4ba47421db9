"""Extractor 0.70.83, in a sentence of our own (fails on 0.70.82): "X went under the control of the Russian forces"
is a capture, and an unknown name ends before "went" ("came", "fell", "passed") as before "was"."""
from __future__ import annotations

from tests.unit.extraction_helpers import run


def test_a_village_that_went_under_a_sides_control_was_captured():
    text = ("The Russian Defence Ministry said the village of Zarichnivka went under the control of the Russian forces "
            "on Saturday.")
    assert [(p.place, p.controller, p.action) for p in run(text).place_claims] == [("Zarichnivka", "Russia", "captured")]
