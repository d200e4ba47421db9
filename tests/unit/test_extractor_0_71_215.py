"""Extractor 0.71.215 (after 0.71.214), in sentences of our own (each fails on 0.71.214 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 4, 23)


def statements(text: str) -> list[tuple]:
    return [(s.speaker, s.statement_type) for s in extract(ArticleText("t", text, DAY)).statements]


def test_commented_on_a_channel_that_reports_the_clause():
    assert statements("Andrii Kovalenko commented on Telegram that the strike on the plant had been a success.") == [
        ("Andriy Kovalenko", "indirect")]


def test_guard_commented_on_a_topic_reports_nothing():
    assert statements("Andrii Kovalenko commented on the strike on the plant.") == []
