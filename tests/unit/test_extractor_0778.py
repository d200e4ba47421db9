"""Extractor 0.70.78, in sentences of our own (each case fails on 0.70.77): an unknown place name ends before "of" and
"as" too ("cleared A and B of Russian troops"); a map or a report that shows places "as controlled by" a side, or
"as under" its control, claims them, the list right before "as", for the one who shows them."""
from __future__ import annotations

from tests.unit.extraction_helpers import places


def test_an_unknown_name_before_of_is_still_listed():
    text = "The General Staff said Ukrainian troops cleared Kucheriv Yar and Zarichnivka of Russian troops."
    assert {p for p, _c, _s, _cl in places(text)} == {"Kucheriv Yar", "Zarichnivka"}


def test_shown_as_controlled_by_a_side_claims_the_list_for_whoever_shows_it():
    text = "The monitoring group DeepState shows the villages of Kucheriv Yar and Zarichnivka as controlled by Ukrainian forces."
    assert places(text) == {("Kucheriv Yar", "Ukraine", "asserted", "DeepState"),
                            ("Zarichnivka", "Ukraine", "asserted", "DeepState")}
    text = "DeepState marked Kucheriv Yar as under Russian control on Sunday."
    assert {(p, c) for p, c, _s, _cl in places(text)} == {("Kucheriv Yar", "Russia")}
