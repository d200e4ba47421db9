"""Extractor 0.71.145 (after 0.71.144), in sentences of our own (each fails on 0.71.144 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, said


def test_the_region_a_push_came_from_is_not_where_the_villages_lie():
    text = ("Ukrainian forces liberated more than 15 villages in Kherson region from the side of Mykolaiv region, the "
            "governor said.")
    assert areas(text, datetime(2022, 9, 1), region=True) == {("settlements_gained", "Ukraine", "Kherson Oblast", 15.0)}


def test_the_region_a_push_came_from_told_first_is_not_where_the_villages_lie():
    text = ("In Kherson oblast from the side of Dnipropetrovsk oblast, Ukrainian troops have already liberated more "
            "than 15 settlements.")
    assert areas(text, datetime(2022, 9, 1), region=True) == {("settlements_gained", "Ukraine", "Kherson Oblast", 15.0)}


def test_a_sentence_adverb_is_no_speaker():
    text = ("The minister said the offensive had stalled. Indeed, he went further, and claimed that the Russian "
            "advance in the north was collapsing.")
    assert "Indeed" not in {speaker for speaker, _ in said(text, datetime(2025, 7, 5))}


def test_a_preposition_opening_the_sentence_is_no_speaker():
    text = ("Inside the hall, diplomats said, ministers vented their anger and called on their Slovak colleague to "
            "lift his veto on the package.")
    assert "Inside" not in {speaker for speaker, _ in said(text, datetime(2024, 5, 27))}


def test_a_share_held_now_after_a_count_of_days_is_still_a_holding():
    text = ("Over the past 1,000 days of war Russia has lost many troops, and it now occupies about 19% of Ukraine, "
            "the analysts said.")
    assert areas(text, datetime(2024, 11, 19)) == {("territory_share", "Russia", 0.19)}     # guard
