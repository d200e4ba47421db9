"""Extractor 0.71.153 (after 0.71.152), in sentences of our own (each fails on 0.71.152 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 8, 20)


def test_ground_of_russia_taken_by_a_side_not_named_is_ukraines():
    text = "Thousands of troops crossed the border last week, seizing some 800 sq km of Russian territory in days."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 800.0)}


def test_ground_of_russia_after_a_russian_figure_is_still_ukraines():
    text = ("Russian forces took 300 sq km in Donetsk last month. The brigades then seized 500 sq km of Russian "
            "territory in a week.")
    assert areas(text, DAY) == {("area_gained", "Russia", 300.0), ("area_gained", "Ukraine", 500.0)}


def test_ground_of_ukraine_taken_by_a_side_not_named_is_still_russias():
    text = "Thousands of troops crossed the border last week, seizing some 800 sq km of Ukrainian territory in days."
    assert areas(text, DAY) == {("area_gained", "Russia", 800.0)}     # guard
