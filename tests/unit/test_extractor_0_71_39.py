"""Extractor 0.71.39 (after 0.71.38), in sentences of our own (each fails on 0.71.38 unless marked a guard): "Control
has been restored over N sq km" is a gain (lexicons/area_cues.json), by the side whose operation the sentence before
told when its own clause names none."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2026, 2, 25)


def test_control_restored_over_an_area_after_the_operation():
    text = ("The Ukrainian army is conducting an offensive in the Huliaipole direction, pushing Russian troops back. "
            "Control has been restored over more than 200 square kilometres of territory.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 200.0)}


def test_control_restored_with_its_side_named():
    # (a side named in the clause is the one that restored it)
    text = "Russian forces said control has been restored over about 50 square kilometres near Kupiansk."
    assert areas(text, DAY) == {("area_gained", "Russia", 50.0)}
