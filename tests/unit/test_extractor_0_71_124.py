"""Extractor 0.71.124 (after 0.71.123), in sentences of our own (each fails on 0.71.123 unless marked a guard).

Settlements counted by what they have or lack ("188 settlements have electricity", "10 settlements are without
people") are no ground taken; a share gained ("Russia Gains Just 1.45% of Ukraine") is a change, not a holding."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas


def test_settlements_counted_by_their_services_are_no_ground_taken():
    text = ("In the liberated part of the Kharkiv region, 150 settlements have electricity, 20 cannot be connected, "
            "and 12 settlements are still without residents.\n\nNothing else.")
    assert areas(text, datetime(2023, 12, 6)) == set()


def test_a_share_gained_is_a_change_not_a_holding():
    text = "Two Years of Assaults, and Moscow Gains Only 1.2% of Ukraine\n\nThe front barely moved."
    assert areas(text, datetime(2025, 12, 2)) == set()


def test_a_share_more_is_a_change_not_a_holding():
    # (a guard: already no holding on 0.71.123)
    text = "Moscow's troops have taken 1.2% more of Ukraine's land since January.\n\nNothing else."
    assert areas(text, datetime(2025, 12, 2)) == set()


def test_a_share_held_stays_a_guard():
    # (a guard: a share held, no gain before it)
    text = "Moscow's troops now control about 19% of Ukraine.\n\nNothing else."
    assert areas(text, datetime(2025, 12, 2)) == {("territory_share", "Russia", 0.19)}
