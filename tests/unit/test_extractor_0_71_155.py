"""Extractor 0.71.155 (after 0.71.154), in sentences of our own (each fails on 0.71.154 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2024, 8, 20)


def test_a_country_that_names_ground_is_not_who_freed_a_town_before_it():
    text = "After the liberation of Sudzha in March, the battles soon moved across the border into Ukraine's Sumy region."
    assert places(text, DAY) == {("Sudzha", "Russia", "asserted", None)}


def test_the_main_clauses_own_subject_still_freed_it():
    text = "After the liberation of Kupiansk in September, Ukrainian troops pressed on toward Russia's border."
    assert places(text, DAY) == {("Kupiansk", "Ukraine", "asserted", None)}     # guard


def test_a_town_one_of_the_cities_a_side_has_just_freed():
    text = "The line runs from Kharkiv to Kupiansk, one of the cities that the Ukrainian army has just liberated."
    assert places(text, DAY) == {("Kupiansk", "Ukraine", "asserted", None)}


def test_a_town_in_the_east_recently_reconquered_by_a_side():
    text = "Buses run again between Lyman, a town in the east recently reconquered by Ukrainian forces, and Sloviansk."
    assert places(text, DAY) == {("Lyman", "Ukraine", "asserted", None)}
