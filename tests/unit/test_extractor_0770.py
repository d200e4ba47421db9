"""Extractor 0.70.70, in sentences of our own (each case fails on 0.70.69): a speaker named with an apposition
before his verb ("X, Kremlin spokesman, told reporters that ...") keeps his words when the sentence closes with the
agency that relayed them and its kind ("according to TASS, the state news agency"); "it" inside a sentence opened by
a known body is that body, whoever spoke before."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes


def test_an_apposed_speakers_words_stay_his_when_a_relaying_agency_and_its_kind_close_the_sentence():
    text = ("Dmitry Peskov, the Kremlin spokesman, told reporters on Tuesday that the talks would resume next week, "
            "according to TASS, the Russian state news agency.")
    speakers = {s for s, _q in speaker_quotes(text)}
    assert speakers == {"Dmitry Peskov"}


def test_it_in_a_sentence_opened_by_a_known_body_is_that_body():
    text = ("The Institute for the Study of War said Ukrainian forces had advanced near the river. "
            "Russia's defence ministry released footage on Friday of tanks that it said were moving to the front.")
    assert ("Russian Ministry of Defence", "were moving to the front") in speaker_quotes(text)
