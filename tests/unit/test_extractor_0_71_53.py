"""Extractor 0.71.53 (after 0.71.52), in sentences of our own (each fails on 0.71.52 unless marked a guard): "half of
its area" after "the city of X" is a share of the town; "at a depth of" and a buffer zone's depth are no advance;
places fought in are not counted as held; "the capital Kyiv" is the verb's object; "were de-occupied" is a
liberation; "the Eastern group of troops" keeps the name after it."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speakers

DAY = datetime(2025, 9, 12)


def test_share_of_its_area_after_the_city_of():
    text = "Russian troops have encircled the city of Kupiansk, in the Kharkiv region, and hold about half of its area."
    assert areas(text, DAY) == set()


def test_depth_below_ground_is_no_advance():
    text = ("The commander wrote that they are \u201ca maze of underground halls\u2026it not only [can hold] a large group of "
            "soldiers at a depth of 60-90 metres, but armour can also move about\u201d.")
    assert areas(text, DAY) == set()


def test_advance_to_a_depth_is_an_advance():
    # guard: "advanced to a depth of 10 km" still measures an advance
    text = "Russian troops advanced to a depth of 10 km, the ministry said."
    assert areas(text, DAY) == {("advance_depth", "Russia", 10.0)}


def test_buffer_zone_depth_is_no_advance():
    text = ("\u201cThe aim is to push our troops out of the Belgorod region and to create this buffer zone they talk about, "
            "15 kilometres deep into Ukraine.")
    assert areas(text, DAY) == set()


def test_places_fought_in_are_not_held():
    text = "Russian forces captured a village in Kharkiv, as Kyiv reported heavy fighting in three other frontline towns."
    assert areas(text, DAY) == set()


def test_count_captured_in_fighting_stays():
    # guard: "captured two villages in heavy fighting" counts the villages taken
    text = "Russian forces captured two villages in heavy fighting."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 2.0)}


def test_the_capital_before_its_name():
    text = "Ukrainian troops regained control over the capital Kyiv and its suburbs."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Kyiv", "Ukraine")}


def test_were_de_occupied_then_named():
    text = "Five villages were de-occupied last week. These are Lobkove, Levadne and Neskuchne."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Lobkove", "Ukraine"), ("Levadne", "Ukraine"),
                                                               ("Neskuchne", "Ukraine")}


def test_de_occupied_territories_claim_nothing():
    # guard: an adjective "de-occupied" before a noun tells no liberation of a place
    text = "Residents returned to the de-occupied villages near Kherson."
    assert places(text, DAY) == set()


def test_group_of_troops_then_the_name():
    text = "Two villages near Lyman were retaken, said spokesman of the Eastern group of troops Serhiy Cherevatyi."
    assert speakers(text) == {"Serhii Cherevatyi"}
