"""Extractor 0.70.46: held back 106's figures (read after its one scoring), in sentences of our own (each case fails
on 0.70.45)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.numbers import find_quantities
from tests.unit.extraction_helpers import areas

DAY = datetime(2025, 4, 1)


def test_half_a_thousand_square_kilometres_is_500():
    assert [(q.low, q.kind) for q in find_quantities("about half a thousand square kilometres")] == [(500.0, "area")]
    text = "Our troops are holding about half a thousand square kilometres of the Kursk region, the commander said."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 500.0)}


def test_a_difference_with_its_periods_between_is_no_gain():
    text = "Russian forces seized almost 200 square kilometres less in April than in March."
    assert areas(text, DAY) == set()


def test_a_share_of_fighters_is_no_territory():
    text = "More than half of the Azov defenders have now returned to Ukraine, an official said."
    assert areas(text, DAY) == set()
