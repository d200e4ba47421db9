"""Extractor 0.71.168 (after 0.71.167), in sentences of our own (each fails on 0.71.167 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 10)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_repeating_that_reports_a_clause():
    assert speakers("Vladimir Putin repeated that the aims of the operation had not changed.") == ["Vladimir Putin"]


def test_repeating_an_attack_reports_nothing():
    assert speakers("Russian forces repeated the assault on the village overnight.") == []     # guard


def test_a_named_monitoring_resource_speaks_by_its_name():
    text = "The DeepState monitoring resource reported that Russian troops had entered the village of Masiutivka."
    assert speakers(text) == ["DeepState"]
