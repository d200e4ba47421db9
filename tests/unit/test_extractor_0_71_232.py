"""Extractor 0.71.232 (after 0.71.231), in sentences of our own (each fails on 0.71.231 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 2, 15)


def test_msgr_is_a_title_that_ends_no_sentence():
    got = [(s.speaker, s.quote_text) for s in extract(ArticleText(
        "t", '"People are returning to their homes and they have no electricity," said Msgr. Shevchuk, '
             '"last week in Odesa there were four days without power".', DAY)).statements]
    assert [speaker for speaker, _ in got] == ["Shevchuk"]
