"""Extractor 0.71.224 (after 0.71.223), in sentences of our own (each fails on 0.71.223 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 10, 31)


def speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, DAY)).statements]


def test_the_head_of_a_country_is_its_president_on_the_day():
    assert speakers("The head of Belarus said that the West was ready for a draw in the war.") == [
        "Alexander Lukashenko"]


def test_guard_the_head_of_a_country_s_body_is_no_president():
    assert "Vladimir Putin" not in speakers("The head of Russia's space agency said that the launch went well.")
