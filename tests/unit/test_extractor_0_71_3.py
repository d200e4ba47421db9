"""Extractor 0.71.3 (after 0.71.2), in sentences of our own (each fails on 0.71.2 unless marked a guard): "the X
settlement in <a city> has fallen" is X's; "the head of the Ukrainian state" is the president; a named subject's
participle ("..., reaffirming ...") carries the statement that "according to <an outlet>" at the end passes on; an area
"in A Oblast and a part of B Oblast" and a count "on the A and B fronts" span several oblasts (region Ukraine); a
figure's own compass point ("10 sq km in the south") is its region, not the place an earlier figure named; "A (a
village near B) was recaptured" is A's; items with their own oblast and preposition ("over A in X Oblast and over B in
Y Oblast") are one list."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run, statements

DAY = datetime(2025, 6, 20)


def test_the_named_settlement_in_a_city_region():
    text = "Marochko reported that the Yunakivka settlement in Sumy has fallen under the control of Russian troops."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Yunakivka", "Russia")}


def test_the_head_of_the_ukrainian_state():
    text = '"The city is completely clear," declared the head of the Ukrainian state in a video on Telegram.'
    assert {s for s, _t, _q in statements(text)} == {"Volodymyr Zelensky"}


def test_a_named_subjects_participle_before_according_to():
    text = ("NATO Secretary General Mark Rutte visited Kyiv on Monday and addressed parliament, reaffirming the "
            "alliance's long-term support, according to Suspilne.")
    assert {s for s, _t, _q in statements(text)} == {"Mark Rutte"}


def test_according_to_an_outlet_alone():
    # guard: with no speaker of its own, the sentence is the outlet's
    text = "Russian forces shelled the outskirts of Kherson overnight, according to Suspilne."
    assert {s for s, _t, _q in statements(text)} == {"Suspilne"}


def test_an_area_in_one_oblast_and_a_part_of_another():
    text = ("Ukrainian forces have retaken 120 square kilometers of land in Zaporizhzhia Oblast and a part of "
            "Donetsk Oblast, the deputy minister said.")
    assert {(m, r) for m, _c, r, _v in areas(text, DAY, region=True)} == {("area_gained", "Ukraine")}


def test_a_share_of_one_oblast_and_part_of_another():
    # guard: a share's "and a part of" is another quantity, its own region
    text = "Russia controls about 75% of the Donetsk region and a part of Luhansk."
    assert {(m, r) for m, _c, r, _v in areas(text, DAY, region=True)} == {("territory_share", "Donetsk Oblast")}


def test_a_count_on_two_fronts():
    text = "Six settlements have been liberated on the Donetsk and Tavriia fronts over the past week."
    assert {(m, r) for m, _c, r, _v in areas(text, DAY, region=True)} == {("settlements_gained", "Ukraine")}


def test_the_figures_own_compass_point():
    text = ("Ukrainian forces have liberated 5 square kilometers in the Bakhmut direction and 12.5 square kilometers "
            "in the south over the past week.")
    assert {(v, r) for _m, _c, r, v in areas(text, DAY, region=True)} == {(5.0, "Donetsk Oblast"), (12.5, "Ukraine")}


def test_a_bracket_describing_the_subject():
    text = "In mid-June, Andriivka (a village near Kindrativka) was recaptured in the Sumy region."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Andriivka", "Ukraine")}


def test_items_with_their_own_oblast_and_preposition():
    text = ("The Russian army has established control over Stepova Novoselivka in Kharkiv Oblast and over Novopokrovske "
            "in Donetsk Oblast, the statement said.")
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Stepova Novoselivka", "Novopokrovske"}


def test_a_russian_spelling_of_the_gazetteers_village():
    text = "Russian forces have captured Stepova Novoselovka in Kharkiv Oblast, the ministry said."
    assert {p.place for p in run(text, DAY).place_claims} == {"Stepova Novoselivka"}


def test_two_directions_in_one_oblast():
    # guard: two directions named after places of one oblast keep that oblast
    text = ("Ukraine's incursion into the Kursk region has reached depths of between 20 and 25 kilometers, mostly in "
            "the Sudzha and Korenevo directions.")
    assert {r for _m, _c, r, _v in areas(text, DAY, region=True)} == {"Kursk Oblast"}
