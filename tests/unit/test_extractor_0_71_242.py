"""Extractor 0.71.242 (after 0.71.241), in sentences of our own (each fails on 0.71.241 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _places(text: str, day: datetime = datetime(2025, 1, 4)):
    return [(c.claimant, c.place, c.controller, c.action)
            for c in extract(ArticleText("t", text, day)).place_claims]


def test_places_a_monitor_identified_as_captured_are_its_claim():
    assert _places("On Friday, the Ukrainian monitoring project DeepState identified the settlements of Dachne and "
                   "Vovkove as captured.") == [
        ("DeepState", "Dachne", "Russia", "captured"), ("DeepState", "Vovkove", "Russia", "captured")]


def test_places_marked_as_liberated_are_the_countrys_own():
    assert _places("DeepState marked the villages of Dachne and Vovkove as liberated.") == [
        ("DeepState", "Dachne", "Ukraine", "liberated"), ("DeepState", "Vovkove", "Ukraine", "liberated")]


def test_guard_places_known_as_something_are_no_claim():
    assert _places("The villages of Dachne and Vovkove are known as farming settlements.") == []
