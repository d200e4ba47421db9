"""Extractor 0.71.61 (after 0.71.60), in sentences of our own (each fails on 0.71.60 unless marked a guard): a record
"since the start of the war" before the figure does not make a gain a running total; "Ukrainian-held territory" names
its holder, whoever reduced it; "N settlements in the X region, covering N sq km" is their area; "Russian-occupied
territories covering N percent"; "the capture of A and B, north of C" keeps both; "the reconquered villages were A,
B and C"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2024, 12, 10)


def test_a_record_since_the_war_began_before_the_figure():
    text = ("In October, the Russian army advanced at its fastest pace since the start of the war, capturing over "
            "600 square kilometers.")
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_gained"}


def test_since_the_war_began_without_a_record():
    # guard: with no record before it, the span since the war began still makes a running total
    text = "Since the start of the war, the Russian army has captured over 60,000 square kilometers."
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_controlled"}


def test_territory_held_by_the_side_named_in_the_compound():
    text = "By the end of the year, Russian counterattacks had reduced Ukrainian-held territory in Kursk to about " \
           "500 square kilometres."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 500.0)}


def test_settlements_in_a_region_covering_an_area():
    text = ("In late August, Kyiv claimed control over around 90 settlements in the Kursk region, covering about "
            "1,200 square kilometers.")
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 90.0), ("area_controlled", "Ukraine", 1200.0)}


def test_occupied_territories_covering_a_share():
    text = "Some three million people still live in Russian-occupied territories covering 18 percent of the country."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.18)}


def test_the_capture_of_two_places_then_a_compass_apposition():
    text = "Moscow announced the capture of Lozova and Sontsivka, north of Kurakhove."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Lozova", "Sontsivka"}


def test_the_capture_of_a_place_and_its_apposition():
    # guard: "the capture of A, B's neighbour" is still one place, not a list
    text = "Moscow announced the capture of Avdiivka, Bakhmut's neighbour."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Avdiivka"}


def test_the_reconquered_villages_were():
    text = "On Saturday, the reconquered villages were Blahodatne, Makarivka and Neskuchne, all in the Donetsk region."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {
        ("Blahodatne", "Ukraine"), ("Makarivka", "Ukraine"), ("Neskuchne", "Ukraine")}
