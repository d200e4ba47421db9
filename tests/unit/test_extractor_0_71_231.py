"""Extractor 0.71.231 (after 0.71.230), in sentences of our own (each fails on 0.71.230 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 1, 31)


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_quoted_by_the_media_as_saying_closes_the_speakers_own_frame():
    got = _statements("A fire broke out at the refinery when drone debris fell, governor Andrey Bocharov was quoted by "
                      "the Russian media as saying on Friday, UNN reports.")
    assert ("Andrey Bocharov", "A fire broke out at the refinery when drone debris fell") in got


def test_guard_an_outlet_quoting_a_body_as_saying_still_passes_on_its_words():
    got = _statements("TASS quoted Russia's defence ministry as saying the village had been taken.")
    assert got == [("Russian Ministry of Defence", "the village had been taken.")]
