"""Extractor 0.71.186 (after 0.71.185), in sentences of our own (each fails on 0.71.185 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 8, 15)


def quotes(text: str) -> set[str]:
    return {s.quote_text for s in extract(ArticleText("t", text, DAY)).statements}


def test_greetings_and_thanks_of_a_transcript_are_no_statements():
    got = quotes('"Good afternoon, dear Anna Sergeyevna!" Vladimir Putin said.\n\n'
                 '"Thank you, dear Vladimir Vladimirovich!" Anna Kuznetsova said.')
    assert got == set()


def test_guard_thanks_for_something_is_a_statement():
    got = quotes('"Thank you for the air defence systems that saved Kharkiv," Oleh Syniehubov said.')
    assert got == {"Thank you for the air defence systems that saved Kharkiv"}
