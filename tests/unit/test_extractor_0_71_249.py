"""Extractor 0.71.249 (after 0.71.248), in sentences of our own (each fails on 0.71.248 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _places(text: str, day: datetime = datetime(2024, 7, 28)):
    return [(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, day)).place_claims]


def test_names_apposed_after_a_distance_and_a_compass_point_are_the_counted_villages():
    assert _places("Russia's Defence Ministry said that its forces had taken control of two neighbouring villages "
                   "some 30 kilometres (19 miles) east of Pokrovsk, Prohres and Yevhenivka.") == [
        ("Prohres", "Russia", "captured"), ("Yevhenivka", "Russia", "captured")]


def test_a_village_spelled_without_its_last_vowel_is_known():
    assert _places("\u201cUnfortunately, we no longer control Metolkin,\u201d Luhansk governor Serhiy Haidai said.",
                   datetime(2022, 6, 20)) == [("Metolkine", "Russia", "withdrew")]


def test_guard_the_town_a_distance_is_measured_from_is_not_taken():
    assert _places("The ministry said its forces had taken two villages some 30 kilometres east of Pokrovsk.") == []
