"""Extractor 0.70.58, in sentences of our own (each case but the guard fails on 0.70.57): places listed after "the
X region's", a pair renamed by "two of the last cities within Ukrainian control", "X, the last Ukrainian bastion in
the region", a place named after an unnamed count; a share whose region is followed by "and nearly all of" another,
and a participle that describes an earlier share's noun."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 5, 27)


def _held(text: str) -> set[tuple[str, str]]:
    return {(p, c) for p, c, _s, _cl in places(text, DAY)}


def test_places_listed_after_a_regions_possessive():
    text = '"The enemy now holds the Kharkiv region\'s Hlyboke, Lukiantsi and Tykhe villages," the governor said.'
    assert _held(text) == {("Hlyboke", "Russia"), ("Lukiantsi", "Russia"), ("Tykhe", "Russia")}


def test_a_pair_renamed_as_two_of_the_last_cities_within_a_sides_control():
    text = "The drive brings Russian troops closer to Sloviansk and Kramatorsk, two of the last cities within Ukrainian control."
    assert _held(text) == {("Sloviansk", "Ukraine"), ("Kramatorsk", "Ukraine")}


def test_the_last_bastion_of_a_side_in_an_apposition():
    text = "Russian artillery pounded Lysychansk, the last Ukrainian stronghold in the region, for a week."
    assert _held(text) == {("Lysychansk", "Ukraine")}


def test_garrison_cities_named_after_the_noun_make_no_claim():
    # guard: "the Ukrainian garrison cities of A and B" describes them; no appositive holding claim
    text = "The gains suggest a plan to encircle the Ukrainian garrison cities of Sloviansk and Kramatorsk."
    assert _held(text) == set()


def test_a_place_named_after_an_unnamed_count():
    text = "Kyiv said its troops now controlled dozens of settlements and Sudzha, a town near the border."
    assert _held(text) == {("Sudzha", "Ukraine")}


def test_a_share_of_one_region_and_nearly_all_of_another_is_a_claim_on_the_first_only():
    text = "Reports say Russian forces now occupy around 70% of the Zaporizhzhia region and nearly all of Luhansk."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Zaporizhzhia Oblast", 0.7)}


def test_a_participle_describing_an_earlier_shares_noun_does_not_govern_the_next_share():
    text = ("The Ukrainian army has freed 35% of the territories occupied after February 24 and 25% of all territories "
            "occupied by Russia, Commander-in-Chief Valerii Zaluzhnyi said.")
    assert {(c, v) for _m, c, v in areas(text, datetime(2023, 1, 5))} == {("Ukraine", 0.35), ("Ukraine", 0.25)}
