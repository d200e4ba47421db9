"""Extractor 0.71.207 (after 0.71.206), in sentences of our own (each fails on 0.71.206 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 6, 12)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_the_largest_of_the_settlements_counted_is_one_of_them():
    found = claims("The general said 41 settlements had come under Ukrainian control, the largest of which is "
                   "Sudzha, a town of 5,000 people.")
    assert {c[:2] for c in found} == {("Sudzha", "Ukraine")}


def test_a_plural_held_kind_lists_its_places_after_a_dash():
    assert claims("Taking the town would open a road towards the last Ukrainian-held cities in the Donetsk region – "
                  "Kramatorsk and Sloviansk.") == {("Kramatorsk", "Ukraine", "asserted", None),
                                                   ("Sloviansk", "Ukraine", "asserted", None)}


def test_a_fronted_adjunct_names_no_side_for_the_pronoun_after_it():
    assert {c[:2] for c in claims("Russian troops fought hard for weeks. After a string of Ukrainian attacks, they "
                                  "retreated from Lyman.")} == {("Lyman", "Ukraine")}


def test_guard_a_subject_named_after_the_adjunct_still_decides():
    assert {c[:2] for c in claims("After a string of Russian attacks, Ukrainian troops retreated from Lyman.")} == {
        ("Lyman", "Russia")}


def test_a_flag_flying_once_more_over_a_village():
    assert {c[:2] for c in claims("The Ukrainian flag was once more flying over the village of Neskuchne, the "
                                  "ministry said.")} == {("Neskuchne", "Ukraine")}


def test_an_agentless_passive_told_by_one_sides_sources_is_that_sides_gain():
    assert area("According to Russian monitoring sources, over 420 square kilometres were liberated in May.") == {
        ("area_gained", "Russia", "Ukraine", 420.0)}


def test_a_source_set_off_by_commas_before_the_passive_and_tiny_settlements():
    assert area("Three more tiny settlements in the Donetsk region, according to Ukrainian officials, were "
                "liberated a day earlier.") == {("settlements_gained", "Ukraine", "Donetsk Oblast", 3.0)}


def test_a_conquest_of_ground_told_by_pro_side_sources_is_not_the_tellers():
    assert area("Russia's army pressed on. Pro-Ukrainian sources suggest an additional conquest of 2,800 square "
                "kilometres this year.") == {("area_gained", "Russia", "Ukraine", 2800.0)}


def test_guard_pro_side_forces_still_fight_for_their_side():
    assert area("Pro-Russian forces captured three villages in the Donetsk region.") == {
        ("settlements_gained", "Russia", "Donetsk Oblast", 3.0)}
