"""Extractor 0.71.171 (after 0.71.170), in sentences of our own (each fails on 0.71.170 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2025, 10, 7)


def claims(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low, c.period_days) for c in run(text, DAY).area_claims}


def test_ground_occupied_in_a_year_is_that_years_gain():
    text = "The minister said Russian troops have occupied about 4,000 square kilometers of Ukraine in a year."
    assert claims(text) == {("area_gained", "Russia", 4000.0, 365.0)}


def test_towns_liberated_in_one_month_have_that_period():
    text = "The Russian ministry said its troops had liberated six towns in one month."
    assert claims(text) == {("settlements_gained", "Russia", 6.0, 30.0)}
