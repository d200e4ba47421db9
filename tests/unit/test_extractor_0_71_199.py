"""Extractor 0.71.199 (after 0.71.198), in sentences of our own (each fails on 0.71.198 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_dominating_half_a_region_is_control():
    assert areas("Russian forces dominate about half of the Luhansk region.") == {("Russia", "territory_share", 0.5)}


def test_a_share_of_the_countrys_power_generation_is_no_territory():
    assert areas("After Russian forces took control of the plant, which made about 20% of the country's power "
                 "generation, output fell.") == set()


def test_guard_a_share_of_the_countrys_territory_is_one():
    assert areas("Russia controls about 18% of the country's territory.") == {("Russia", "territory_share", 0.18)}


def test_a_liberation_underway_is_not_done():
    assert places("The Russian Defence Ministry said the active liberation of Yampil, which lies east of Siversk, is "
                  "underway now.") == set()


def test_guard_a_liberation_done_is_a_claim():
    assert places("Russian officers said the liberation of Yampil was complete.") == {("Yampil", "Russia", "liberated")}

