"""Extractor 0.71.205 (after 0.71.204), in sentences of our own (each fails on 0.71.204 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 8, 29)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_a_suburb_apposition_heads_the_relative_clause_after_its_town():
    assert claims("Fighting went on west of Marinka, a suburb of Donetsk city that Russian troops captured in "
                  "December.") == {("Marinka", "Russia", "asserted", None)}


def test_guard_a_town_apposition_still_heads_its_relative_clause():
    assert claims("Fighting went on west of Marinka, a town near Donetsk city that Russian troops captured in "
                  "December.") == {("Marinka", "Russia", "asserted", None)}


def test_in_this_region_points_back_to_the_oblast_its_sentence_named_before():
    found = area("Kyiv's troops keep advancing in the Kursk region — as of today, the Ukrainian army controls 1,150 "
                 "square kilometres and 82 settlements in this region.")
    assert found == {("area_controlled", "Ukraine", "Kursk Oblast", 1150.0),
                     ("settlements_controlled", "Ukraine", "Kursk Oblast", 82.0)}


def test_a_share_of_which_a_side_controls():
    assert area("Moscow wants Kyiv to pull out of the Donetsk region, about a fifth of which Ukrainian forces still "
                "control.") == {("territory_share", "Ukraine", "Donetsk Oblast", 0.2)}


def test_guard_a_share_of_which_with_no_side_after_is_nothing():
    assert area("Moscow wants Kyiv to pull out of the Donetsk region, about a fifth of which lies in ruins.") == set()


def test_a_name_set_off_by_a_pair_of_dashes_is_no_dateline():
    assert claims("Sudzha – the biggest town Ukraine has captured inside Russia – had 5,000 residents before the "
                  "war.") == {("Sudzha", "Ukraine", "asserted", None)}


def test_guard_a_dateline_before_a_dash_is_still_no_place():
    assert {c[0] for c in claims("POKROVSK – Russian troops captured the village of Novohrodivka on Monday.")} == {
        "Novohrodivka"}
