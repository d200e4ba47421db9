"""Extractor 0.70.97, in sentences of our own (each fails on 0.70.96 unless marked a guard): "a spokeswoman for <a
named body>" is the body's voice; "the press secretary to the Russian president" is the press secretary, not the
president; a role "to" someone with no name given ("the adviser to the president") names nobody."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_a_spokeswoman_for_the_military_is_its_voice():
    text = "A spokeswoman for the Ukrainian military said on Monday that Russian troops had reached the outskirts of Siversk."
    assert statements(text) == {("Ukrainian General Staff", "indirect",
                                 "Russian troops had reached the outskirts of Siversk")}


def test_a_representative_of_a_named_ministry():
    text = "A representative of the Russian Defence Ministry told reporters that the bridge had been repaired."
    assert statements(text) == {("Russian Ministry of Defence", "indirect", "the bridge had been repaired")}


def test_a_spokesman_for_a_person_stays_unnamed():
    # guard: a person's spokesman is not the person
    assert {s for s, _t, _q in statements("A spokesman for Mark Hollander said the talks would resume.")} <= {None}


def test_the_press_secretary_to_the_president():
    text = ("\u201cThe troops must leave the four regions first,\u201d the press secretary to the Russian president said "
            "on Tuesday.")
    assert statements(text) == {("Dmitry Peskov", "direct", "The troops must leave the four regions first")}


def test_the_adviser_to_the_president_names_nobody():
    text = "\u201cWe will not give up a single village,\u201d the adviser to the Ukrainian president said."
    assert statements(text) == set()
