"""Extractor 0.71.161 (after 0.71.160), in sentences of our own (each fails on 0.71.160 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 8, 12)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_source_cited_inside_a_frames_that_clause_is_not_the_speaker():
    text = ("The Rybar channel said that according to sources in the Russian General Staff, Moscow's troops are "
            "pushing towards Sudzha.")
    assert speakers(text) == ["Rybar"]


def test_a_source_after_a_speakerless_frame_is_still_the_speaker():
    text = "According to the Russian General Staff, Moscow's troops are pushing towards Sudzha."
    assert speakers(text) == ["Russian General Staff"]     # guard
