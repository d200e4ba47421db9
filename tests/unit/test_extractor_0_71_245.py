"""Extractor 0.71.245 (after 0.71.244), in sentences of our own (each fails on 0.71.244 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2025, 12, 29)):
    return [(c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_settlements_included_in_an_area_gained_were_gained():
    assert _claims("The general said that in 2025 Russian forces controlled an additional 6,640 sq km of territory in "
                   "Ukraine, including 334 settlements.") == [("area_gained", 6640.0), ("settlements_gained", 334.0)]


def test_control_claimed_between_two_days_is_their_gain():
    assert _claims("Between December 6 and 12, Russian units claimed control of eight villages, the Russian defence "
                   "ministry said.", datetime(2025, 12, 13)) == [("settlements_gained", 8.0)]


def test_guard_settlements_included_in_an_area_held_are_held():
    assert _claims("Ukraine controls 1,300 sq km of the Kursk region, including 100 settlements, the general said.",
                   datetime(2024, 8, 20)) == [("area_controlled", 1300.0), ("settlements_controlled", 100.0)]
