"""Extractor 0.71.216 (after 0.71.215), in sentences of our own (each fails on 0.71.215 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 5, 17)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_person_of_a_region_named_with_its_noun_speaks():
    assert speakers("Serhiy Lysak of the Dnipropetrovsk region said the night had passed calmly.") == ["Serhiy Lysak"]


def test_a_titled_person_of_a_region_speaks_without_the_title_and_region():
    assert speakers("Governor Serhiy Lysak of the Dnipropetrovsk region said the night had passed calmly.") == [
        "Serhiy Lysak"]


def test_guard_a_region_alone_is_no_speaker():
    assert speakers("The Dnipropetrovsk region said the night had passed calmly.") == []
