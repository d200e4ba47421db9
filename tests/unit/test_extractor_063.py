"""Extractor 0.63.0: the rules added for the classes the real corpus showed (all 60 parts, held back 59 included after
its scoring), each in sentences of our own, each failing on 0.62.1; guards keep their outcome on both."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements as _statements


def test_an_outlets_inverted_credit_after_the_sentences_own_frame_is_no_statement():
    text = ("Ukrainian forces have retaken nine villages in Luhansk since September, the top Ukrainian official for the "
            "region said Monday, reported CNN.")
    assert all(s[0] != "CNN" for s in _statements(text))


def test_an_outlets_inverted_credit_alone_speaks():
    # guard (held on both)
    assert {s[0] for s in _statements("Fighting continues near Bakhmut, reported CNN.")} == {"CNN"}


def test_the_progressive_of_a_verb_of_saying():
    text = "The Ukrainian navy is claiming a strategic success after hitting a landing ship with a missile."
    assert _statements(text) == {
        ("Ukrainian Navy", "indirect", "a strategic success after hitting a landing ship with a missile")}


def test_the_progressive_of_another_verb_stays_unread():
    # guard (held on both): "is demanding" is no report of what was said
    text = "Moscow is demanding that Kyiv withdraw from the rest of the region."
    assert _statements(text) == set()


def test_an_inverted_confirmed_or_announced():
    text = "The marines of the 35th brigade liberated the village, confirmed the Ukrainian ground forces."
    assert _statements(text) == {("Ukrainian Ground Forces", "indirect",
                                  "The marines of the 35th brigade liberated the village")}
