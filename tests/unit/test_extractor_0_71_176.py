"""Extractor 0.71.176 (after 0.71.175), in sentences of our own (each fails on 0.71.175 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 25)


def claims(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_the_occupation_of_the_country_is_the_occupiers_holding_whoever_limits_it():
    text = "Kyiv has managed to shrink the occupation of Ukraine to about 18% of its territory."
    assert claims(text) == {("territory_share", "Russia", 0.18)}


def test_a_place_liberated_from_ukrainian_troops_went_to_russia():
    text = "Mariupol is a port on the Sea of Azov. It was liberated from Ukrainian troops in May 2022."
    assert places(text) == {("Mariupol", "Russia", "liberated")}


def test_a_road_named_after_a_town_is_not_the_town():
    text = "A Ukrainian soldier walks past a burnt Russian tank in newly liberated territory on the Balakliia road."
    assert places(text) == set()


def test_a_liberation_after_so_is_not_the_previous_clauses_subjects():
    text = ("Izium is a railway hub. Russia does not mean to give up its claim to the city, so even after the "
            "liberation of the city, it is shelled every day.")
    assert places(text) == {("Izium", "Ukraine", "liberated")}
