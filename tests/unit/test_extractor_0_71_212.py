"""Extractor 0.71.212 (after 0.71.211), in sentences of our own (each fails on 0.71.211 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 6, 11)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_the_held_town_points_back_to_the_town_named_before():
    assert claims("The floods reached Oleshky on Sunday. The water in the Russian-occupied town is now falling.") == {
        ("Oleshky", "Russia", "asserted", None)}


def test_guard_a_held_kind_with_its_own_name_names_that_place():
    assert {c[0] for c in claims("The floods reached Oleshky on Sunday. The Russian-occupied city of Nova Kakhovka "
                                 "is flooded too.")} == {"Nova Kakhovka"}
