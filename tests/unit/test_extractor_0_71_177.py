"""Extractor 0.71.177 (after 0.71.176), in sentences of our own (each fails on 0.71.176 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 1, 5)


def said(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_ukraines_security_services_in_the_plural_are_the_sbu():
    assert said("The tanker had called at Sevastopol twice, Ukrainian security services said.") \
        == ["Security Service of Ukraine (SBU)"]
