"""Extractor 0.71.150 (after 0.71.149), in sentences of our own (each fails on 0.71.149 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 10, 24)


def test_the_names_a_plural_region_noun_lists_are_regions():
    text = ("The Russian Defence Ministry claimed control over villages across three provinces\u2014Kharkiv, "
            "Dnipropetrovsk and Zaporizhzhia\u2014in its weekly report.")
    assert places(text, DAY) == set()


def test_villages_listed_after_a_single_region_are_still_places():
    text = "Ukrainian troops liberated two villages of Kharkiv region: Hrakove and Kupiansk-Vuzlovyi, the army said."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Hrakove", "Kupiansk-Vuzlovyi"}     # guard


def test_a_share_of_the_territory_in_a_concession_about_a_town_is_the_towns():
    text = ("Ukrainian troops now hold about half of the city, although last week the Russians occupied 80% of the "
            "territory, the governor said.")
    assert areas(text, DAY) == set()


def test_a_share_of_the_territory_of_the_city_is_the_towns():
    text = "Russian troops control 60% of the territory of the city, the governor said on Friday."
    assert areas(text, DAY) == set()


def test_a_share_of_the_territory_of_a_region_is_still_a_holding():
    text = "Russian troops control 60% of the territory of the Zaporizhzhia region, the governor said on Friday."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.6)}     # guard


def test_no_confirmation_of_a_told_capture_is_no_denial():
    text = ("Russia's defence ministry said on Friday its troops had captured Kurakhove. The Ukrainian military has not "
            "confirmed the capture.")
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Kurakhove", "Russia", "asserted")}


def test_another_city_that_fell_is_the_apposed_place():
    text = ("The village lies just south of Avdiivka, another town that fell to Russian forces in 2024 after months of "
            "fighting.")
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Avdiivka", "Russia")}
