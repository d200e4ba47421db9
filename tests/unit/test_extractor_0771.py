"""Extractor 0.70.71, in sentences of our own (each case fails on 0.70.70): "states" after the name of a group of
countries ("the Baltic states") or before a verb of its own is the plural noun, never the verb
of saying, also right after an "according to" phrase; "the Russian Foreign Ministry's representative" is the
person of that ministry named before."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speakers


def test_the_baltic_states_are_no_speaker():
    text = "Officials met in Riga on Monday, and the Baltic states have agreed to share radar data, the report said."
    assert "Baltic" not in speakers(text) and "Baltic Sea" not in speakers(text)


def test_states_after_an_according_to_phrase_leaves_the_clause_to_its_source():
    text = ("Foreign Minister Andrius Kalnietis spoke in Vilnius on Monday. According to the minister, the Baltic "
            "states have a good understanding of how the tankers evade sanctions.")
    assert ("Andrius Kalnietis", "the Baltic states have a good understanding of how the tankers evade sanctions") \
        in speaker_quotes(text)


def test_a_ministrys_representative_is_its_spokeswoman_named_before():
    text = ("Russian Foreign Ministry spokeswoman Maria Zakharova said the plans showed direct involvement. According "
            "to the Russian Foreign Ministry's representative, the alliance wants to coordinate the deliveries.")
    assert speakers(text) == {"Maria Zakharova"}
