"""Extractor 0.71.210 (after 0.71.209), in sentences of our own (each fails on 0.71.209 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 4, 26)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def controllers(text: str) -> set[str]:
    return {c.controller for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_a_list_with_its_own_locative_set_off_by_commas_is_the_subject():
    assert {c[:2] for c in claims("Yampil and Stavky, both near Lyman, had been liberated, the Ukrainian army "
                                  "said.")} == {("Yampil", "Ukraine"), ("Stavky", "Ukraine")}


def test_guard_a_single_place_with_its_locative_is_still_the_subject():
    assert {c[:2] for c in claims("Avdiivka, adjacent to Marinka, remains in Ukrainian hands.")} == {
        ("Avdiivka", "Ukraine")}


def test_a_country_owning_a_named_region_is_not_the_subject_of_the_relative():
    assert controllers("Moscow's forces are building a buffer zone in neighbouring Ukraine's Kharkiv Region, where "
                       "they now hold six settlements.") == {"Russia"}
