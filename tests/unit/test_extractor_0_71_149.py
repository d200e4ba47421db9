"""Extractor 0.71.149 (after 0.71.148), in sentences of our own (each fails on 0.71.148 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 7, 1)


def test_no_facts_of_a_capture_deny_it():
    text = ("So far no facts of the capture of the village of Novopil have been recorded, spokesman Dmytro Lykhovii "
            "said.")
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Novopil", "Russia", "denied")}


def test_a_verdict_naming_whose_disinformation_it_is_sets_the_side_of_the_denied_capture():
    text = ("Our brigades are holding their lines near Toretsk, and reports of the capture of the town are Russian "
            "disinformation, spokesman Viktor Trehubov said.")
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Toretsk", "Russia", "denied")}


def test_a_town_told_as_fully_captured_by_a_share_is_no_territorial_share():
    text = "The defence ministry in Moscow said on Monday that Toretsk was 100% captured after months of fighting."
    assert areas(text, DAY) == set()


def test_a_region_told_as_controlled_by_a_share_is_still_a_share():
    text = "The Luhansk region is now 99% controlled by Russian forces, Leonid Pasechnik said on Monday."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.99)}     # guard


def test_a_facility_in_a_town_captured_is_no_capture_of_the_town():
    text = "The thermal power station in Vuhlehirsk, one of the largest in the region, was captured by Russia in July."
    assert places(text, DAY) == set()


def test_the_town_itself_captured_is_still_its_capture():
    text = "The town of Vuhlehirsk near the power station was captured by Russian forces in July."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Vuhlehirsk", "Russia")}     # guard


def test_a_month_between_the_capture_and_its_of_phrase():
    text = ("Russian forces have made little progress since their capture in early June of the eastern Ukrainian "
            "town of Sievierodonetsk.")
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2022, 7, 20))} == {("Sievierodonetsk", "Russia")}
