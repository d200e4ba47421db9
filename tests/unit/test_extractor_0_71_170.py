"""Extractor 0.71.170 (after 0.71.169), in sentences of our own (each fails on 0.71.169 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2024, 10, 31)


def test_towns_temporarily_captured_by_a_side_after_their_names():
    text = "Drones struck depots in the towns of Tokmak and Melitopol temporarily captured by Russian invaders."
    assert {(p, c) for p, c, _, _ in places(text, DAY)} == {("Tokmak", "Russia"), ("Melitopol", "Russia")}


def test_a_town_whose_capture_a_body_announced_is_that_bodys_claim():
    text = "Shelling reached Kurakhove, a town whose capture was announced by the Russian defence ministry last week."
    assert places(text, DAY) == {("Kurakhove", "Russia", "asserted", "Russian Ministry of Defence")}


def test_a_town_russia_captured_in_may_is_still_the_outlets_background():
    text = "Shells hit Bakhmut, which Russia captured in May, the governor said."
    assert places(text, DAY) == {("Bakhmut", "Russia", "asserted", None)}     # guard
