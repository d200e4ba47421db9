"""Extractor 0.70.45: held back 105's errors (read after its one scoring), in sentences of our own (each case fails
on 0.70.44)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2024, 12, 2)


def test_an_order_to_withdraw_is_no_withdrawal():
    text = "Russia\u2019s defence minister on Wednesday ordered Moscow\u2019s troops to withdraw from the city of Lyman."
    assert places(text, DAY) == set()


def test_what_a_side_occupied_from_the_start_of_the_war_is_its_holding():
    text = ("Altogether, from the start of the full-scale aggression in February 2022 to October 31, 2024, Russia has "
            "occupied 68,000 square kilometres of Ukraine.")
    assert areas(text, DAY) == {("area_controlled", "Russia", 68000.0)}
