"""Extractor 0.70.60, in sentences of our own (each case fails on 0.70.59 but the guard): only a connective before
", as reported by X," leaves the words after the credit; Interfax-Ukraine by its name; "..., X told a plenary meeting
of parliament" ends on where it was told, the words are the clause before."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes


def test_a_connective_before_as_reported_by_leaves_the_clause_after():
    text = "Meanwhile, as reported by Ukrinform, Ukrainian units have pushed the enemy out of two positions near Vovchansk."
    assert speaker_quotes(text) == {("Ukrinform", "Ukrainian units have pushed the enemy out of two positions near Vovchansk")}


def test_interfax_ukraine_is_the_agency():
    text = "At the same time, as reported by the Interfax-Ukraine agency, the brigade has held its positions for a week."
    assert speaker_quotes(text) == {("Interfax-Ukraine", "the brigade has held its positions for a week")}


def test_told_a_meeting_of_parliament_ends_on_the_audience():
    text = ("Berlin will keep supplying air defence systems to Kyiv this winter, Chancellor Olaf Scholz told a plenary "
            "session of the lower house of parliament on Wednesday.")
    assert speaker_quotes(text) == {("Olaf Scholz", "Berlin will keep supplying air defence systems to Kyiv this winter")}


def test_told_after_a_short_opening_keeps_the_order_told():
    # guard: "For example, on Sunday, X told Y to ..." is an order to its addressee, not a clause before the credit
    text = "For example, on Sunday, President Emmanuel Macron told his Iranian counterpart to stop sending drones to Moscow."
    assert {q for _s, q in speaker_quotes(text)} == {"his Iranian counterpart to stop sending drones to Moscow"}
