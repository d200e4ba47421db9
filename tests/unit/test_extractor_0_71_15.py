"""Extractor 0.71.15 (after 0.71.14), in sentences of our own (each fails on 0.71.14 unless marked a guard): "came
under Russian forces control" (the side's forces before the noun) is a capture, for a named place and for a count, and
"N settlements ..., including X, came under Russian control" is a count gained, its verb after an aside."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2024, 10, 5)


def test_a_count_came_under_the_sides_forces_control():
    text = ("The ministry claimed that at least six settlements in Ukraine, including the key city of Vuhledar, came "
            "under Russian forces control this week alone.")
    assert areas(text, DAY) == {("settlements_gained", "Russia", 6.0)}
    assert places(text, DAY) == {("Vuhledar", "Russia", "asserted", None)}


def test_a_count_came_under_control_after_an_aside():
    text = "The ministry said that six settlements in Ukraine, including Vuhledar, came under Russian control."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 6.0)}


def test_a_count_under_control_is_held():
    # guard: "are under Russian control" holds them, no change of hands
    text = "The ministry said six settlements are under Russian control."
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 6.0)}
