"""Extractor 0.69.2: from held back 71's misses, after its scoring, in sentences of our own: more states and capitals
that, alone as a subject, are no identifiable speaker (each case fails on 0.69.1; the guard holds on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_a_state_alone_as_the_subject_is_no_speaker():
    assert not statements("Syria said it would recognise the two breakaway territories.")


def test_a_capital_alone_as_the_subject_is_no_speaker():
    assert not statements("Belgrade said it would not join the sanctions.")


def test_the_states_minister_by_name_still_speaks():
    assert {s for s, _t, _q in statements("Syria's foreign minister Faisal Mekdad said Damascus would recognise the "
                                          "two breakaway territories.")} == {"Faisal Mekdad"}
