"""Extractor 0.70.99, in sentences of our own (each fails on 0.70.98 unless marked a guard): the "and" inside an
office's title ("High Representative ... for Foreign Affairs and Security Policy X") joins no second speaker; "the head
of Ukrainian intelligence" is the office's holder, not the body he heads."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_an_and_inside_an_office_title():
    text = ("High Representative of the European Union for Foreign Affairs and Security Policy Kaja Kallas said on Monday "
            "that the ministers would meet again in March.")
    assert statements(text) == {("Kaja Kallas", "indirect", "the ministers would meet again in March")}


def test_two_named_ministers_stay_two_speakers():
    # guard: a title that ends in its holder's name is a speaker of its own
    text = "Minister of Defence Rustem Umerov and Foreign Minister Andrii Sybiha said that the talks would go on in Geneva."
    assert {s for s, _t, _q in statements(text)} == {"Rustem Umerov", "Andrii Sybiha"}


def test_the_head_of_ukrainian_intelligence():
    text = "\u201cMoscow will need a pause before the summer,\u201d the head of Ukrainian intelligence said on Tuesday."
    assert statements(text) == {("Kyrylo Budanov", "direct", "Moscow will need a pause before the summer")}
