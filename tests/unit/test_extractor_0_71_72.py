"""Extractor 0.71.72 (after 0.71.71), in sentences of our own (each fails on 0.71.71 unless marked a guard): a place
located "N miles west of central X" is no advance; "is about to capture X" and "would be broken after the fall of X"
are not done; "A, B and C are among the cities that are now under Russian control"; "Russia's Freedom Legion" fights on
Ukraine's side; "the capture of eastern Ukraine's X settlement"; an apposition set off by a dash, with its relative
clause ("X \u2013 the city that has been occupied since March")."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places

DAY = datetime(2023, 1, 11)


def test_a_place_located_from_a_city_s_centre():
    text = "Ukrainian troops pushed Russian forces out of Bucha, about 15 miles northwest of central Kyiv."
    assert areas(text, DAY) == set()


def test_about_to_capture_is_not_done():
    text = "The Russian army is about to capture the town of Vuhledar, Denis Pushilin said on Wednesday."
    assert places(text, DAY) == set()


def test_what_a_fall_would_bring():
    text = "He added that the Ukrainian front would be broken after the fall of Soledar, Siversk and Lyman."
    assert places(text, DAY) == set()


def test_places_among_the_cities_under_control():
    text = ("Melitopol, Berdiansk and Enerhodar are among the cities that are currently under the control of Russian "
            "forces, the report said.")
    assert place_controllers(text, DAY) == {("Melitopol", "Russia"), ("Berdiansk", "Russia"), ("Enerhodar", "Russia")}


def test_the_freedom_legion_fights_for_ukraine():
    text = "Russia's Freedom Legion claims to have crossed the border and captured the village of Kozinka."
    assert place_controllers(text, DAY) == {("Kozinka", "Ukraine")}


def test_a_compass_adjective_before_the_country():
    text = "Russia claimed the capture of eastern Ukraine's Shumy settlement on Saturday."
    assert place_controllers(text, DAY) == {("Shumy", "Russia")}


def test_an_apposition_set_off_by_a_dash_with_its_relative():
    text = "Shelling hit Nova Kakhovka \u2013 the city that Russian troops have occupied since March, the mayor said."
    assert place_controllers(text, DAY) == {("Nova Kakhovka", "Russia")}
