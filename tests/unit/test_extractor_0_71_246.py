"""Extractor 0.71.246 (after 0.71.245), in sentences of our own (each fails on 0.71.245 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

_TEXT = ("Russia's Defence Ministry said in its daily briefing that its forces had taken two small Donetsk region "
         "villages, Hostre and Hryhorivka.")


def test_a_counted_plural_with_words_before_it_governs_its_apposed_names():
    found = extract(ArticleText("t", _TEXT, datetime(2024, 9, 25)))
    assert [(c.place, c.controller) for c in found.place_claims] == [("Hostre", "Russia"), ("Hryhorivka", "Russia")]


def test_the_oblast_a_counted_plural_names_is_its_region():
    found = extract(ArticleText("t", _TEXT, datetime(2024, 9, 25)))
    assert [(c.metric, c.region, c.value_low) for c in found.area_claims] == [
        ("settlements_gained", "Donetsk Oblast", 2.0)]


def test_guard_a_plural_with_no_names_after_it_governs_none():
    found = extract(ArticleText("t", "Russia's Defence Ministry said its forces had taken two small villages.",
                                datetime(2024, 9, 25)))
    assert found.place_claims == [] and [c.value_low for c in found.area_claims] == [2.0]
