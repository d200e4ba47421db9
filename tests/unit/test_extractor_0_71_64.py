"""Extractor 0.71.64 (after 0.71.63), in sentences of our own (each fails on 0.71.63 unless marked a guard): "are
completing the liberation of X" is still going on; "N settlements in three regions of A, B and C regions have come
under control" keeps its count; "X, a key logistics hub roughly N km west of Y" locates X."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2025, 10, 24)


def test_completing_the_liberation_of_a_town():
    text = "The Russian armed forces are completing the liberation of the town of Siversk, the ministry said."
    assert places(text, DAY) == set()


def test_completed_the_liberation_of_a_town():
    # guard: completed is done
    text = "Russian forces have completed the liberation of Siversk, the ministry said."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Siversk", "Russia")}


def test_a_count_in_three_regions_of_a_list():
    text = ("Since the morning, five settlements in three regions of the DPR, Zaporizhzhia and Kharkiv regions have "
            "come under the control of the Russian army.")
    assert areas(text, DAY) == {("settlements_gained", "Russia", 5.0)}


def test_a_hub_located_by_its_distance():
    text = ("Russian forces also continue pushing toward Pokrovsk, a key logistics hub roughly 45 kilometers "
            "(28 miles) west of Toretsk.")
    assert areas(text, DAY) == set()


def test_an_advance_then_a_compass_point():
    # guard: a depth with no apposition before it is still an advance
    text = "Russian forces advanced roughly 4 kilometers west of Toretsk last week, the ministry said."
    assert {m for m, _c, _v in areas(text, DAY)} == {"advance_depth"}
