"""Extractor 0.71.251 (after 0.71.250), in sentences of our own (each fails on 0.71.250 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _speakers(text: str, day: datetime = datetime(2023, 6, 17)):
    return [s.speaker for s in extract(ArticleText("t", text, day)).statements]


def test_a_two_word_countrys_president_is_the_office_holder():
    assert _speakers("The South African President said the war is having a negative impact on the continent.") == [
        "Cyril Ramaphosa"]


def test_guard_a_continents_leaders_are_no_office():
    assert _speakers("African leaders said the war is having a negative impact on the continent.") == []
