"""Extractor 0.71.160 (after 0.71.159), in sentences of our own (each fails on 0.71.159 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 8, 6)


def test_areas_of_one_town_are_no_settlements():
    text = "The ministry said its forces had cleared three areas in Kurakhove of Ukrainian troops on Monday."
    assert areas(text, DAY) == set()


def test_areas_of_a_region_are_still_settlements():
    text = "Ukrainian forces now control 74 areas in the Kursk region, the commander said."
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 74.0)}     # guard


def test_taking_part_in_an_attack_takes_no_ground():
    text = ("Moscow said up to 200 Ukrainian soldiers had taken part in an attack on Tuesday in Tiotkino and Popovo-"
            "Lezhachi, two villages in Russia's Kursk region.")
    assert areas(text, DAY) == set()


def test_forces_who_control_a_share_hold_it_whoever_pushes_them_back():
    text = ("Ukraine's main effort is now focused on pushing back Russian military forces who control almost a fifth of "
            "its territory.")
    assert areas(text, DAY) == {("territory_share", "Russia", 0.2)}
