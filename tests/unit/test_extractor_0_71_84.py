"""Extractor 0.71.84 (after 0.71.83), in sentences of our own (each fails on 0.71.83 unless marked a guard): a sentence
opened by "Citing X estimates that ..." is the main clause's speaker's ("Citing" is no part of a name, and the noun
after the cited name is no verb); "per a New York Times analysis" names its source as "per The New York Times" does."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speakers


def test_citing_opens_the_sentence():
    text = ("Citing World Bank estimates that Ukraine could need $500 billion over a decade, Olaf Scholz said companies "
            "had to be offered a business case for investing.")
    assert speakers(text) == {"Olaf Scholz"}


def test_per_an_analysis():
    text = "Less than 500 square miles of land changed hands this year, per a New York Times analysis."
    assert speaker_quotes(text) == {("The New York Times", "Less than 500 square miles of land changed hands this year")}


def test_per_the_outlet_stays():
    # guard: "per" with "the" was read before
    text = "Less than 500 square miles of land changed hands this year, per The New York Times."
    assert speakers(text) == {"The New York Times"}
