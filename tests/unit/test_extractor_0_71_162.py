"""Extractor 0.71.162 (after 0.71.161), in sentences of our own (each fails on 0.71.161 unless marked a guard)."""
from __future__ import annotations

from pipelines.extraction.text import split_sentences


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_stop_glued_to_a_pronoun_after_a_short_name_ends_the_sentence():
    text = "Fighting goes on near the village of Zelenyi Hai.He added that the troops were advancing."
    assert sentences(text) == ["Fighting goes on near the village of Zelenyi Hai.",
                               "He added that the troops were advancing."]


def test_a_site_name_with_a_capital_after_its_stop_is_no_boundary():
    assert sentences("The outlet Liga.Net reported it first.") == ["The outlet Liga.Net reported it first."]     # guard
