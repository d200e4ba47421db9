"""Extractor 0.71.241 (after 0.71.240), in sentences of our own (each fails on 0.71.240 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _places(text: str, day: datetime = datetime(2024, 8, 13)):
    return [(c.place, c.controller) for c in extract(ArticleText("t", text, day)).place_claims]


def test_a_title_after_a_headlines_dash_is_no_place():
    assert _places("Ukraine controls 74 settlements in Kursk region - Commander-in-Chief of Ukrainian Armed "
                   "Forces") == []


def test_guard_a_village_after_a_dash_is_a_place():
    assert _places("Russian forces captured two villages - Novoselivka and Kalynove, the ministry said.") == [
        ("Novoselivka", "Russia"), ("Kalynove", "Russia")]
