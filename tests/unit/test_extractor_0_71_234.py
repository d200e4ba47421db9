"""Extractor 0.71.234 (after 0.71.233), in sentences of our own (each fails on 0.71.233 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2024, 2, 29)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_ground_freed_from_a_side_is_the_other_sides():
    assert _claims("The area of the territory freed from the Russian invaders in the south of Ukraine has reached more "
                   "than three thousand square kilometers.", datetime(2022, 11, 11)) == [
        ("Ukraine", "area_gained", 3000.0)]


def test_settlements_occupied_earlier_this_week_are_a_gain():
    assert _claims("Since the capture of Avdiivka, Russian forces have been moving forward. Earlier this week, they "
                   "occupied two settlements near Novoselivka.") == [("Russia", "settlements_gained", 2.0)]


def test_guard_settlements_a_side_still_occupies_are_a_holding():
    assert _claims("Since the capture of Avdiivka, Russian forces have been moving forward. Yesterday the governor said "
                   "Russia still occupies two settlements near Novoselivka.") == [("Russia", "settlements_controlled", 2.0)]
