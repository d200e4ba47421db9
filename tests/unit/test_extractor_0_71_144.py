"""Extractor 0.71.144 (after 0.71.143), in sentences of our own (each fails on 0.71.143 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places


def test_a_share_taken_over_so_many_days_is_that_spans_gain():
    text = ("The foreign minister noted that Russian troops have occupied only about two per cent of Ukrainian "
            "territory over the past 1,200 days, at enormous cost.")
    assert areas(text, datetime(2025, 6, 1)) == set()


def test_a_share_taken_in_so_many_days_told_first_is_that_spans_gain():
    text = "In a thousand days of war, Russia has occupied less than 2% of Ukraine's territory, the president said."
    assert areas(text, datetime(2025, 6, 1)) == set()


def test_a_share_held_is_still_read_beside_a_count_of_days():
    text = "Russia now occupies about 19% of Ukraine, the analysts said on the war's 1,000th day."
    assert areas(text, datetime(2024, 11, 19)) == {("territory_share", "Russia", 0.19)}     # guard


def test_villages_liberated_from_the_presence_of_the_enemy_are_the_liberators():
    text = ("Presidential adviser Oleksiy Arestovych said more than 20 settlements in the Chernihiv region had been "
            "liberated from the presence of the enemy.")
    assert areas(text, datetime(2022, 4, 3)) == {("settlements_gained", "Ukraine", 20.0)}


def test_a_place_returned_to_the_jurisdiction_of_a_side_is_its():
    text = ("\"The operation is over and the village of Kozacha Lopan has been returned to the jurisdiction of "
            "Ukraine,\" the regional governor Oleh Syniehubov told reporters.")
    assert places(text, datetime(2022, 9, 11)) == {("Kozacha Lopan", "Ukraine", "asserted", "Oleh Syniehubov")}
