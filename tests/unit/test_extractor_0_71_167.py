"""Extractor 0.71.167 (after 0.71.166), in sentences of our own (each fails on 0.71.166 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 10)


def said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_an_inverted_verb_of_granting_has_its_speaker_after_it():
    assert said("The front near Toretsk is holding, acknowledged Oleksandr Syrskyi.") == [
        ("Oleksandr Syrskyi", "The front near Toretsk is holding")]


def test_a_bare_aside_between_the_speaker_and_the_verb():
    assert [s for s, _ in said("Mr. Zelensky for his part asserts that the troops control the situation.")] == [
        "Volodymyr Zelensky"]


def test_a_participle_describing_the_document_between_its_issuer_and_its_verb():
    text = ("A statement from the Russian Ministry of Defence summarizing the fighting on Monday said that two attacks "
            "had been repelled.")
    assert said(text) == [("Russian Ministry of Defence", "two attacks had been repelled.")]
