"""Extractor 0.71.222 (after 0.71.221), in sentences of our own (each fails on 0.71.221 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def test_a_side_held_in_brackets_after_a_city_holds_it():
    claims = extract(ArticleText("t", "Smoke rose over the cities of Kramatorsk (Ukrainian-held) and Horlivka "
                                      "(Russian-held) on Tuesday night.", datetime(2023, 6, 6))).place_claims
    assert [(c.place, c.controller, c.action) for c in claims] == [
        ("Kramatorsk", "Ukraine", "holds"), ("Horlivka", "Russia", "holds")]


def test_guard_a_bracketed_date_after_a_city_holds_nothing():
    claims = extract(ArticleText("t", "Smoke rose over Kramatorsk (June 5) after a missile strike.",
                                 datetime(2023, 6, 6))).place_claims
    assert claims == []
