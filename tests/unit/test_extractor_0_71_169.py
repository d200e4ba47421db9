"""Extractor 0.71.169 (after 0.71.168), in sentences of our own (each fails on 0.71.168 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 7, 31)


def test_a_ukrainian_town_that_was_captured_with_no_side_told_went_to_russia():
    assert places("Vuhledar was captured in early October.", DAY) == {("Vuhledar", "Russia", "asserted", None)}


def test_a_russian_town_that_was_captured_with_no_side_told_went_to_ukraine():
    assert places("Sudzha was captured in August.", DAY) == {("Sudzha", "Ukraine", "asserted", None)}


def test_a_passive_whose_subject_is_another_noun_takes_no_place_before_it():
    text = "Kharkiv was never captured, but other towns were captured, including Izium and Kupiansk."
    assert ("Kharkiv", "Russia", "asserted", None) not in places(text, DAY)     # guard


def test_troops_taken_into_pincers_take_no_village():
    text = "Ukrainian units in the village of Zelenyi Hai were taken into operational pincers."
    assert places(text, DAY) == set()     # guard
