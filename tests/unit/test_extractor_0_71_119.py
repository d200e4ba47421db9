"""Extractor 0.71.119 (after 0.71.118), in sentences of our own (each fails on 0.71.118 unless marked a guard).

A participle of speaking that opens the sentence ("Speaking to reporters on Sunday, X vowed ...") tells the occasion of
the words, not the words."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_the_occasion_of_the_words_is_no_content():
    text = ("Moscow insists it has retaken the whole region.\n\n"
            "Talking to journalists in Kyiv on Monday, General Oleksandr Syrskyi promised to widen the strikes on "
            "Russian airfields.\n\nNothing else.")
    assert not any(q.startswith(("Talking", "Speaking")) for _s, q in quotes(text, datetime(2025, 6, 23)))


def test_the_occasion_of_a_cut_quotation_is_no_content():
    text = ("The car was empty.\n\n"
            "Speaking to the state news agency RIA Novosti, Vladimir Rogov said, \u201cTerrori")
    assert not any(q.startswith("Speaking") for _s, q in quotes(text, datetime(2022, 9, 6)))
