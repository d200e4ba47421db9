"""Extractor 0.71.188 (after 0.71.187), in sentences of our own (each fails on 0.71.187 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 2, 28)


def speakers(text: str) -> set[str]:
    return {s.speaker for s in extract(ArticleText("t", text, DAY)).statements}


def test_a_code_of_law_is_no_speaker():
    assert speakers("The two offences differ. According to the Criminal Code, desertion presupposes the intention to "
                    "leave military service for good.") == set()


def test_guard_a_named_lawyer_cited_on_the_code_speaks():
    assert speakers("According to military lawyer Roman Lykhachov, desertion presupposes the intention to leave "
                    "military service for good.") == {"Roman Lykhachov"}
