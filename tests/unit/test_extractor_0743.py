"""Extractor 0.70.43: held back 102's errors (read after its one scoring), in sentences of our own (each case fails
on 0.70.42)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2023, 9, 11)


def test_soldiers_from_a_sides_unit_are_that_side():
    text = ("Since the start of the offensive, soldiers from the Khortytsia operational-strategic group have liberated "
            "more than 40 square kilometres.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 40.0)}


def test_a_share_of_a_population_is_no_territory():
    text = "Ukraine still holds the regional capital, which has about 40% of the region\u2019s population."
    assert areas(text, DAY) == set()


def test_a_share_a_side_lost_control_of_is_the_other_sides():
    text = "Kyiv has lost control of about 60% of the Luhansk region, the governor said."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.6)}
