"""Extractor 0.70.42: held back 103's figures (read after its one scoring), in sentences of our own (each case fails
on 0.70.41)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 11, 12)


def test_a_conversion_after_the_lands_noun_is_the_same_figure():
    text = "Kyiv said its troops had retaken more than 300 square kilometres of territory (116 square miles) in a day."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 300.0)}


def test_a_share_of_what_a_side_held_somewhere_is_of_that_region():
    text = "Russian troops have won back about a third of what Ukraine had held in Kursk, the analyst said."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Kursk Oblast", 0.3333)}
