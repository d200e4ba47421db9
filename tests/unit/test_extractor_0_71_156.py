"""Extractor 0.71.156 (after 0.71.155), in sentences of our own (each fails on 0.71.155 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 10, 19)


def test_villages_returned_to_control_with_no_side_named_go_back_to_their_owner():
    text = ("The defence forces keep repelling attacks near Siversk. Five villages have already been returned to "
            "control in the Kupiansk direction.")
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 5.0)}


def test_an_evacuation_in_a_forced_manner_from_a_town_is_no_expulsion():
    text = ("We are starting the evacuation of families with children in a forced manner from the city of "
            "Kostiantynivka, as well as from the villages of Illinivka and Stupochky, Filashkin said.")
    assert places(text, DAY) == set()


def test_a_since_in_a_participle_clause_after_a_count_is_not_the_counts_start():
    text = ("Russia said on Sunday it had taken three villages in Ukraine, marking a new push into an area largely "
            "spared fighting since Moscow's 2022 invasion.")
    assert areas(text, DAY) == {("settlements_gained", "Russia", 3.0)}


def test_a_running_total_since_the_invasion_stays_a_holding():
    text = "Russia has captured 19% of Ukraine since its 2022 invasion, analysts say."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.19)}     # guard


def test_forces_no_longer_in_control_of_a_village_left_it():
    text = "The ministry's maps showed Russian forces were no longer in control of the village of Dudchany."
    assert places(text, DAY) == {("Dudchany", "Ukraine", "asserted", None)}


def test_a_town_under_occupation_for_months_in_the_past_is_no_holding_now():
    text = "The town of Snihurivka was under occupation for eight months before the counteroffensive."
    assert places(text, DAY) == set()


def test_a_town_still_under_occupation_is_held():
    text = "The town of Oleshky is still under occupation."
    assert places(text, DAY) == {("Oleshky", "Russia", "asserted", None)}     # guard
