"""Extractor 0.71.0 (after 0.70.99; named test_extractor_0_71_0 so as not to clash with 0.70.10's test_extractor_0710), in sentences of our own (each fails on 0.70.99 unless marked a guard): "according
to the spokesperson for <a body>, <Name>" is the person's; "according to the U.K. Defense Ministry" reads past the
abbreviation's last period; "regions like A and B, where they control two-thirds of the territory" is a share of each,
"they" the side the sentence has named; "N villages remain to be freed" are held by the other side; the side's
strongholds ("one of Ukraine's last strongholds", "a key stronghold of Ukrainian forces", "the Ukrainian strongholds
of A and B") are its holdings."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, statements

DAY = datetime(2025, 3, 4)


def test_according_to_the_spokesperson_for_a_body_then_the_name():
    text = ("The Black Sea is calm for now, according to the spokesperson for the Naval Forces of Ukraine, "
            "Dmytro Pletenchuk.")
    assert statements(text) == {("Dmytro Pletenchuk", "indirect", "The Black Sea is calm for now")}


def test_according_to_the_uk_defense_ministry():
    text = "According to the U.K. Defense Ministry, the strikes probably destroyed four Russian helicopters."
    assert statements(text) == {("UK Ministry of Defence", "indirect",
                                 "the strikes probably destroyed four Russian helicopters")}


def test_where_they_control_two_thirds_of_each():
    text = ("In 2024 Ukrainian forces entered Russia's Kursk region. Since then, advances have been slow, with Russian "
            "forces holding key positions in regions like Donetsk and Zaporizhzhia, where they control about two-thirds "
            "of the territory.")
    shares = {(m, c, r) for m, c, r, _v in areas(text, DAY, region=True) if m == "territory_share"}
    assert shares == {("territory_share", "Russia", "Donetsk Oblast"), ("territory_share", "Russia", "Zaporizhzhia Oblast")}


def test_villages_that_remain_to_be_freed():
    text = "Ukrainian troops have cleared most of the area in the Dnipropetrovsk region. Four small villages remain to be freed."
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 4.0)}


def test_villages_that_remain_occupied():
    # guard: the holding already read before
    text = "In the Kharkiv region, 12 settlements still remain occupied."
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 12.0)}


def test_one_of_ukraines_last_strongholds():
    text = "Sloviansk is one of Ukraine's last strongholds in the eastern region."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Sloviansk", "Ukraine")}


def test_the_ukrainian_strongholds_of_a_and_b():
    text = "Russian forces are pressing toward the Ukrainian strongholds of Sloviansk and Kramatorsk."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Sloviansk", "Ukraine"), ("Kramatorsk", "Ukraine")}


def test_one_of_russias_targets_is_no_holding():
    # guard: "one of" before another possessive noun says nothing of control
    assert places("Kramatorsk is one of Russia's main targets this year.", DAY) == set()
