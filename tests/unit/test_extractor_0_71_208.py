"""Extractor 0.71.208 (after 0.71.207), in sentences of our own (each fails on 0.71.207 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 4, 18)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_a_liberation_nearing_completion_is_not_done():
    assert claims("The liberation of Marinka is nearing completion, a military expert told Izvestia.") == set()


def test_guard_a_liberation_completed_is_done():
    assert {c[0] for c in claims("The liberation of Marinka was completed on Saturday, the ministry said.")} == {
        "Marinka"}


def test_what_a_liberation_will_give_is_no_liberation():
    assert claims("According to the expert, the liberation of Marinka will give the Russian units several options "
                  "for an offensive.") == set()


def test_guard_the_news_of_a_fall_that_will_be_forgotten_still_tells_of_the_fall():
    assert {c[:2] for c in claims("The news of the fall of Chasiv Yar to Russian troops will be swept away by other "
                                  "stories.")} == {("Chasiv Yar", "Russia")}


def test_places_without_gas_supply_are_no_holding():
    assert area("Because of the occupation of the region, there is no gas supply in 64 settlements, the operator "
                "said.") == set()
