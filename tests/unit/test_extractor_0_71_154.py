"""Extractor 0.71.154 (after 0.71.153), in sentences of our own (each fails on 0.71.153 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 8, 20)


def test_a_city_named_as_a_place_is_no_subject_of_the_adjunct():
    text = ("About 6,000 soldiers poured into the Belgorod region, some 600 kilometers south of Moscow, seizing up to "
            "900 sq km of Russian territory within a week.")
    assert {(m, c) for m, c, _ in areas(text, DAY)} == {("area_gained", "Ukraine")}


def test_a_capital_named_as_a_place_is_no_subject_of_the_adjunct_either():
    text = ("Russian troops crossed the border near Kharkiv, some 40 kilometers north of Kyiv's second city, "
            "advancing up to 10 km in three days.")
    assert {(m, c) for m, c, _ in areas(text, DAY)} == {("advance_depth", "Russia")}     # guard


def test_an_advance_that_makes_a_salient_inside_russia_is_ukraines():
    text = ("Few expected the army to attempt such an operation. So far it has gone well, advancing up to 25 km in "
            "places and carving out a bulge inside Russia some 35 km wide.")
    assert {(m, c) for m, c, _ in areas(text, DAY)} == {("advance_depth", "Ukraine")}


def test_ground_seized_in_a_loss_of_russian_territory_is_ukraines():
    text = ("Moscow's troops took 20 sq km near Pokrovsk last week. In the Kursk region, roughly 700 sq km has been "
            "seized so far, according to analysts, the largest loss of Russian territory since the Second World War.")
    assert ("area_controlled", "Ukraine", 700.0) in areas(text, DAY)


def test_an_area_between_dashes_after_a_share_of_a_named_region_restates_it():
    text = "Today Kyiv holds roughly 25% of Luhansk\u2014about 6,700 square kilometers\u2014and keeps its defences."
    assert areas(text, DAY) == {("territory_share", "Ukraine", 0.25), ("area_controlled", "Ukraine", 6700.0)}


def test_a_distance_of_a_sides_advance_is_that_sides_advance():
    text = "Open-source maps show roughly 12 miles of Ukrainian advance in four weeks."
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 19.312128)}


def test_a_distance_of_the_front_is_no_advance():
    text = "Russian troops hold about 12 miles of the front near the river."
    assert areas(text, DAY) == set()     # guard
