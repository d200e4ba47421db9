"""Extractor 0.71.237 (after 0.71.236), in sentences of our own (each fails on 0.71.236 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2025, 11, 12)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_remaining_share_a_side_would_capture_is_the_other_sides():
    assert _claims("Russia sees the town as the gateway to its capture of the remaining 10%, or 5,000 square km, of the "
                   "Donbas.") == [("Ukraine", "territory_share", 0.1), ("Ukraine", "area_controlled", 5000.0)]


def test_the_remaining_share_a_side_pushes_to_seize_is_the_other_sides():
    assert _claims("Russian forces are pushing to seize the remaining 30% of the Donetsk region.") == [
        ("Ukraine", "territory_share", 0.3)]


def test_guard_a_share_a_side_has_captured_is_its_own():
    assert _claims("Russian forces have captured 70% of the Donetsk region, the governor said.") == [
        ("Russia", "territory_share", 0.7)]
