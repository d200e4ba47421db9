"""Extractor 0.70.14: from held back 81's missed and false area claims, after its scoring, in sentences of our own
(each case fails on 0.70.13)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2025, 7, 10)


def test_a_share_restated_as_an_area_after_equating_to():
    text = "Russia now holds about 19% of Ukrainian territory - equating to roughly 115,000 square kilometres."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.19), ("area_controlled", "Russia", 115000.0)}


def test_an_offensive_that_netted_an_area_gained_it():
    text = "Russia's spring offensive netted just 500 square kilometres, analysts said."
    assert areas(text, DAY) == {("area_gained", "Russia", 500.0)}


def test_an_advance_in_another_wars_battle_is_no_claim():
    text = "Compare the pace: during World War I's Battle of the Somme, armies advanced 1,200 meters a day."
    assert areas(text, DAY) == set()


def test_settlements_in_the_clause_after_adding_that_are_not_the_first_verbs():
    text = ("In June, the Centre group took control of four settlements, the commander said, adding that in 11 "
            "settlements fighting was still under way.")
    assert areas(text, DAY) == {("settlements_gained", "Russia", 4.0)}


def test_a_passive_after_adding_that_is_still_its_own_claim():
    text = "The commander said the troops held the line, adding that 12 settlements had been liberated by Russian forces."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 12.0)}
