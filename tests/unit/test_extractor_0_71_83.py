"""Extractor 0.71.83 (after 0.71.82), in sentences of our own (each fails on 0.71.82 unless marked a guard): "a net
gain of N miles" after figures in square miles is an area, its "square" left out; a name after "- all in" (or ", all
in") is where a list lies, not a place claimed; "the captured city of X" of the speaker's own country, in a sentence
whose subject is the other side, is the other side's capture."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers

DAY = datetime(2025, 5, 26)


def test_a_net_gain_in_miles_after_square_miles():
    text = ("This year Ukraine recaptured 100 square miles, while Russia took 300 square miles, resulting in a net gain "
            "of 200 miles for Russia.")
    assert ("area_gained", "Russia", 517.998) in areas(text, DAY)
    assert not any(m == "advance_depth" for m, _c, _v in areas(text, DAY))


def test_a_distance_in_miles_stays():
    # guard: an advance in miles, with no area before it, is a distance
    text = "Russian forces advanced 5 miles towards the town."
    assert {m for m, _c, _v in areas(text, DAY)} == {"advance_depth"}


def test_a_list_located_in_a_dash_aside():
    text = "He added that the villages of Novenke, Basivka and Zhuravka - all in Sumy - had been occupied."
    assert place_controllers(text, DAY) == {("Novenke", "Russia"), ("Basivka", "Russia"), ("Zhuravka", "Russia")}


def test_the_captured_city_with_the_enemy_as_subject():
    text = ("Governor Serhiy Haidai said Russian occupiers forcibly deport residents of the captured city of "
            "Popasna.")
    assert place_controllers(text, DAY) == {("Popasna", "Russia")}


def test_the_captured_city_with_the_speakers_side_as_subject():
    # guard: the speaker's own forces over "the captured city" recaptured it
    text = "Governor Serhiy Haidai said Ukrainian soldiers raised the flag over the captured city of Popasna."
    assert place_controllers(text, DAY) == {("Popasna", "Ukraine")}
