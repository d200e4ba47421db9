"""Extractor 0.71.37 (after 0.71.36), in sentences of our own (each fails on 0.71.36 unless marked a guard):
"Storozhov" is Storozheve (a spelling added to the gazetteer's source); "two-thirds of the villages of X" is a share of
a town, no territorial figure; "when the town was under Russian control" dates a deed by a past state, no claim."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places

DAY = datetime(2023, 6, 12)


def test_storozhov_is_storozheve():
    text = "The deputy defence minister wrote that Ukrainian troops had liberated Storozhov, a village in Donetsk."
    assert place_controllers(text, DAY) == {("Storozheve", "Ukraine")}


def test_two_thirds_of_the_villages_of_a_town():
    text = '"Currently, two-thirds of the villages of Ocheretyne are under our control," the brigade spokesman said.'
    assert areas(text, datetime(2024, 4, 27)) == set()


def test_two_thirds_of_a_region_is_a_share():
    # guard: a region's share stays a figure
    text = "Russian forces now control two-thirds of the Donetsk region, the governor said."
    assert areas(text, datetime(2024, 4, 27)) == {("territory_share", "Russia", 0.6667)}


def test_a_past_state_that_dates_a_deed():
    text = "In Balakliia, police said civilians were killed when the town was under Russian control."
    assert places(text, datetime(2022, 9, 14)) == set()
