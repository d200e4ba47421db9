"""Extractor 0.71.243 (after 0.71.242), in sentences of our own (each fails on 0.71.242 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2025, 8, 23)):
    return [(c.metric, c.value_low, c.period_days) for c in extract(ArticleText("t", text, day)).area_claims]


def test_control_claimed_over_the_past_week_is_the_weeks_gain():
    assert _claims("The Russian Ministry of Defence said on Friday that its forces have claimed control of seven "
                   "villages in the Donetsk region over the past week.") == [("settlements_gained", 7.0, 7.0)]


def test_guard_control_claimed_with_no_span_is_a_holding():
    assert _claims("Ukraine claims control of 1,000 square kilometres in the Kursk region.", datetime(2024, 8, 14)) == [
        ("area_controlled", 1000.0, None)]
