"""Extractor 0.71.88 (after 0.71.87), in sentences of our own (each fails on 0.71.87 unless marked a guard): "Poland's
Deputy Prime Minister and Defence Minister X" is one speaker with two titles, with or without an apposition before
his verb; two people of two countries joined by "and" stay two speakers."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers


def test_a_country_before_two_titles():
    text = "Poland's Deputy Prime Minister and Defence Minister Adam Zielinski called the meeting \u201ca key question.\u201d"
    assert speakers(text) == {"Adam Zielinski"}


def test_two_titles_then_an_apposition():
    text = "Deputy Prime Minister and Defence Minister Adam Zielinski, speaking at the event, said that the group was key."
    assert speakers(text) == {"Adam Zielinski"}


def test_two_countries_two_speakers():
    # guard: the second conjunct has its own country, so the first is another person
    text = "Ukraine's foreign minister and Poland's President Andrzej Duda said the talks were useful."
    assert len(speakers(text)) == 2
