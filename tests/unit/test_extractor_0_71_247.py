"""Extractor 0.71.247 (after 0.71.246), in sentences of our own (each fails on 0.71.246 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2024, 8, 20)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_country_entered_is_not_the_subject_of_the_gerund_after_it():
    assert _claims("Armed Forces of Ukraine Commander-in-Chief Oleksandr Syrskyi said on Tuesday that his forces had "
                   "pushed 28\u201335 kilometres into Russia, capturing 1,263 square kilometres of territory.")[-1] == (
        "Ukraine", "area_gained", 1263.0)


def test_guard_the_subject_of_the_main_clause_captured():
    assert _claims("Russian forces pushed deeper near Pokrovsk, capturing 20 square kilometres of territory.")[-1] == (
        "Russia", "area_gained", 20.0)
