"""Extractor 0.71.253 (after 0.71.252), in sentences of our own (each fails on 0.71.252 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _places(text: str, day: datetime = datetime(2025, 12, 29)):
    return [(c.place, c.action) for c in extract(ArticleText("t", text, day)).place_claims]


def test_an_infinitive_after_a_necessity_is_an_aim():
    assert _places("\u201cIn the near future, it is necessary to continue the offensive, together with the East "
                   "grouping to liberate Zaporizhzhia,\u201d said Mr Putin.") == []


def test_conditions_for_a_capture_are_an_aim():
    assert _places("\u201cThe enemy is ramping up efforts to seize Synkivka and create favorable conditions for "
                   "capturing Kupiansk,\u201d Syrskyi added.", datetime(2023, 11, 4)) == []


def test_guard_forces_able_to_capture_a_town_took_it():
    assert _places("Russian forces were able to capture Avdiivka, the ministry said.", datetime(2024, 2, 20)) == [
        ("Avdiivka", "captured")]
