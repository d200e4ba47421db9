"""Extractor 0.71.244 (after 0.71.243), in sentences of our own (each fails on 0.71.243 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2023, 6, 12)):
    return [(c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_half_a_kilometre_is_a_distance_not_a_share():
    assert _claims("Ukrainian troops advanced half a kilometre near Bakhmut.") == [("advance_depth", 0.5)]


def test_ground_gained_by_a_distance_is_an_advance():
    assert _claims("Ukrainian forces gained up to 2 kilometres near Bakhmut on Monday.") == [("advance_depth", 2.0)]


def test_guard_half_of_a_region_is_a_share():
    assert _claims("Russia controls about half of the Donetsk region.") == [("territory_share", 0.5)]


def test_guard_an_area_gained_stays_an_area():
    assert _claims("Ukrainian forces gained 20 square kilometres near Bakhmut.") == [("area_gained", 20.0)]
