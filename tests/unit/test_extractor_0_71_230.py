"""Extractor 0.71.230 (after 0.71.229), in sentences of our own (each fails on 0.71.229 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 1)


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_the_company_is_the_firm_the_text_has_named():
    got = _statements("Ukrenergo said blackouts will continue on Sunday. At the same time, the company stressed that the "
                      "supply of critical infrastructure is not limited.")
    assert ("Ukrenergo", "the supply of critical infrastructure is not limited.") in got


def test_guard_the_company_of_soldiers_named_by_no_firm_says_nothing():
    got = _statements("The company of soldiers marched on. The company said nothing about its losses near Bakhmut.")
    assert got == []
