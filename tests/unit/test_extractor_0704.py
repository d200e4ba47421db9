"""Extractor 0.70.4: from held back 75's misses, after its scoring, in sentences of our own (the first case fails on
0.70.3; the guard holds on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas


def test_what_a_plan_would_bring_about_is_no_area_claim():
    text = ("The draft plan, published on Friday, calls for Ukraine to leave the rest of the region, leading to a net "
            "gain of about 3,000 square kilometres for Moscow.")
    assert areas(text) == set()


def test_a_gain_reported_beside_a_plan_still_counts():
    text = "Russian forces have gained 400 square kilometres since the plan was published, the analysts said."
    assert areas(text) == {("area_gained", "Russia", 400.0)}
