"""Extractor 0.71.80 (after 0.71.79), in sentences of our own (each fails on 0.71.79 unless marked a guard): "According
to his information, X" is X said by the person "his" points back to; "X, the spokesman informed the media." is the
spokesman's X."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes


def test_according_to_his_information():
    text = ("Oleksandr Syrskyi visited the brigade. According to his information, the hardest fighting is near the "
            "river crossing.")
    assert ("Oleksandr Syrskyi", "the hardest fighting is near the river crossing") in speaker_quotes(text)


def test_in_his_words_stays():
    # guard: the phrase with "in" was read before
    text = "Oleksandr Syrskyi visited the brigade. In his words, the hardest fighting is near the river crossing."
    assert ("Oleksandr Syrskyi", "the hardest fighting is near the river crossing") in speaker_quotes(text)


def test_informed_the_media_closing_the_sentence():
    text = "The Kremlin has seen no reciprocity on the energy truce so far, Dmitry Peskov informed the media."
    assert speaker_quotes(text) == {("Dmitry Peskov", "The Kremlin has seen no reciprocity on the energy truce so far")}
