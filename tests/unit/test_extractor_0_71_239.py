"""Extractor 0.71.239 (after 0.71.238), in sentences of our own (each fails on 0.71.238 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2024, 5, 13)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_a_border_crossed_is_not_the_subject_of_the_capture():
    assert _claims("Over the past three days, Russian forces have struck with planes and drones, managing to cross "
                   "Ukraine's northeastern border and capture at least nine villages.") == [
        ("Russia", "settlements_gained", 9.0)]


def test_guard_the_side_that_crossed_a_border_captured():
    assert _claims("Over the past week, Ukrainian forces crossed the Russian border and captured at least nine "
                   "villages.") == [("Ukraine", "settlements_gained", 9.0)]
