"""Extractor 0.70.39: held back 101's place claims (read after its one scoring), in sentences of our own (each case
fails on 0.70.38)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2024, 12, 26)


def test_a_denied_loss_is_the_other_sides_denied_capture():
    text = "Moscow said its troops had taken Kurakhove, but Ukraine\u2019s army denied the loss of the town."
    assert ("Kurakhove", "Russia", "denied") in {(p, c, s) for p, c, s, _ in places(text, DAY)}
    assert ("Kurakhove", "Ukraine", "denied") not in {(p, c, s) for p, c, s, _ in places(text, DAY)}


def test_a_claim_verb_with_a_place_and_its_participle():
    text = "Gerasimov claims Toretsk captured, Kyiv denies it amid heavy fighting in the city."
    assert {(p, c, s) for p, c, s, _ in places(text, DAY)} == {("Toretsk", "Russia", "asserted"),
                                                                ("Toretsk", "Russia", "denied")}


def test_denied_it_with_where_it_was_denied():
    text = ("Russia\u2019s defence ministry said its forces had captured Velyka Novosilka. A spokesman for the southern "
            "forces, Vladyslav Voloshyn, denied it during a televised briefing.")
    assert ("Velyka Novosilka", "Russia", "denied") in {(p, c, s) for p, c, s, _ in places(text, DAY)}
