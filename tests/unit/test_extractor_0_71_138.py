"""Extractor 0.71.138 (after 0.71.137), in sentences of our own (each fails on 0.71.137 unless marked a guard).

A review of 0.71.135's "seized N sq km since 2014 is the holding": a record's "since" after a superlative ("the most
in any month since late 2022") dates no holding, and "late 2022" is after the war began."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas


def test_a_records_since_leaves_a_months_gain_a_gain():
    text = ("The mapping group put Russian gains across Ukraine in August at 470 square kilometres, the most in any "
            "month since late 2022, and said the pace was rising.")
    assert areas(text, datetime(2024, 9, 2)) == {("area_gained", "Russia", 470.0)}


def test_seized_since_2014_is_still_the_holding():
    # (a guard: the rule this reviews)
    text = "Russia has seized about 116,000 square kilometres of Ukraine since 2014, the ministry's maps show."
    assert areas(text, datetime(2025, 8, 1)) == {("area_controlled", "Russia", 116000.0)}
