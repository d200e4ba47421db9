"""Extractor 0.71.29 (after 0.71.28), in sentences of our own (each fails on 0.71.28 unless marked a guard): a share
of "the settlement of X" is a share of a town; "As for X, part of the city is ..." is a part; "focusing on capturing
X" is an aim; positions left in villages are not the villages; "a bit over N miles" in brackets is a conversion; an
"According to X," opener is no gerund's subject; "fallen soldiers" are no fall; "a dozen" is twelve; "N km beyond the
border" is a depth; "X agreed with Y when he said" is X's; "the south command of Ukraine's Armed Forces" is that
command; the dash of unquoted speech ("..., - emphasized X") reads as the comma; "stressed X" inverts."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speaker_quotes, speakers

DAY = datetime(2024, 10, 30)


def test_a_share_of_the_settlement_of_a_town():
    text = '"Our units control about 60% of the settlement of Toretsk," the commander said.'
    assert areas(text, DAY) == set()


def test_a_part_of_the_city_after_as_for():
    text = "As for Kupiansk, part of the city is under enemy control."
    assert places(text, DAY) == set()


def test_the_whole_city_after_as_for():
    # guard: the place itself held is still a claim
    text = "As for Kupiansk, the city is under Ukrainian control."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Kupiansk"}


def test_focusing_on_capturing_a_town_is_an_aim():
    text = "Russian troops are focusing on capturing Toretsk, a town in the Donetsk region."
    assert places(text, DAY) == set()


def test_positions_left_in_villages_are_not_the_villages():
    text = "Ukrainian units withdrew from their positions in three villages near Pokrovsk."
    assert areas(text, DAY) == set()


def test_positions_held_in_villages_hold_them():
    # guard: holding positions in villages still holds them
    text = "Ukrainian forces held their positions in two villages of the Luhansk region."
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 2.0)}


def test_a_hedged_conversion_in_brackets():
    text = "Russian troops advanced nine kilometres (a bit over five miles) towards the town this week."
    assert areas(text, DAY) == {("advance_depth", "Russia", 9.0)}


def test_a_source_opener_is_no_gerunds_subject():
    text = ("According to pro-Ukrainian mappers, Russian forces pressed on, seizing about 80 square kilometres in the "
            "Kharkiv region in two weeks.")
    assert areas(text, DAY) == {("area_gained", "Russia", 80.0)}


def test_fallen_soldiers_are_no_fall():
    text = "The talks between Moscow and Kyiv also covered the return of the bodies of fallen soldiers."
    assert places(text, DAY) == set()


def test_a_dozen_villages():
    text = "Ukrainian troops have retaken more than a dozen villages in the south since June."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 12.0)}


def test_a_depth_beyond_the_border():
    text = "Russian troops have advanced about 8 kilometres beyond the state border in the Sumy region."
    assert areas(text, DAY) == {("advance_depth", "Russia", 8.0)}


def test_a_place_beyond_the_border_is_no_depth():
    # guard: a distance beyond something else stays a distance
    text = "Russian troops have advanced to a village 8 kilometres beyond the river."
    assert areas(text, DAY) == set()


def test_the_main_subject_after_an_object_and_when():
    text = ("Zelensky spoke on Monday. Presidential hopeful Oleh Lyashko agreed with Zelensky when he told Sky News "
            "that the offensive needs time.")
    assert speaker_quotes(text) == {("Oleh Lyashko", "the offensive needs time")}


def test_the_south_command_of_the_armed_forces():
    text = "The south command of Ukraine's Armed Forces said on Telegram that nine drones were downed overnight."
    assert speakers(text) == {"Operational Command South"}


def test_the_dash_of_unquoted_speech():
    text = "Syrskyi visited the front on Monday.\n\nThe enemy is exhausted, - stressed Syrskyi."
    assert speaker_quotes(text) == {("Oleksandr Syrskyi", "The enemy is exhausted")}


def test_a_range_with_a_dash_is_no_speech():
    # guard: a dash between figures after a comma is no frame
    text = "Russian forces advanced 2 - 3 km, the General Staff said."
    assert areas(text, DAY) == {("advance_depth", "Russia", 2.0)}
