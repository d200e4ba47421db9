"""Extractor 0.71.164 (after 0.71.163), in sentences of our own (each fails on 0.71.163 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 7, 22)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_data_suggest_nothing_as_a_speaker():
    assert speakers("Data suggests that Moscow is massing troops near Kupiansk.") == []


def test_economists_named_only_by_their_trade_are_no_speaker():
    assert speakers("Economists said Ukraine's output would shrink by a third this year.") == []
