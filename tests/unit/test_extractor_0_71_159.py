"""Extractor 0.71.159 (after 0.71.158), in sentences of our own (each fails on 0.71.158 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 10, 7)


def said(text: str, url: str | None = None) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY, url=url)).statements]


def test_an_outlet_crediting_itself_is_no_speaker():
    text = "Russia confirmed the withdrawal of its forces from the town.\n\nThis is reported by Zaxid.net."
    assert said(text, "https://zaxid.net/news/123") == []


def test_another_outlet_credited_is_still_a_speaker():
    text = "Russia confirmed the withdrawal of its forces from the town.\n\nThis is reported by Zaxid.net."
    assert [s for s, _ in said(text, "https://example-news.org/a/1")] == ["Zaxid.net"]     # guard


def test_similar_reports_are_no_speaker():
    text = "Similar reports also came in from Poltava and Sumy, according to a BBC report."
    assert [s for s, _ in said(text)] == ["BBC"]


def test_a_source_inside_a_relative_clause_is_not_the_sentences_speaker():
    text = ("On Monday, the Russian Ministry of Defence announced the capture of three villages along the front, "
            "which, according to Ukrainian command, is over 1,200 kilometres long.")
    assert [s for s, _ in said(text)] == ["Russian Ministry of Defence"]


def test_a_name_broken_across_a_line_is_one_name():
    text = ("Russia struck the grid on Sunday and cut power in the east\n\nOfficials in Kharkiv said water was also cut off "
            "in places\n\nSimilar reports also came in from Poltava and Sumy, according to a Sky\nNews report.\n\nIn some "
            "areas, power was restored after emergency cuts\n")
    assert [s for s, _ in said(text)] == ["Sky News"]
