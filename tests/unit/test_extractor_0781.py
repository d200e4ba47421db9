"""Extractor 0.70.81, in sentences of our own (fails on 0.70.80): a country's claim of a place it does not name
("Russia said on Saturday that its forces have taken control of a village in the Kharkiv region."), named by its
ministry in the next sentence, is a claim of its own, in the country's voice (claimant null), beside the ministry's."""
from __future__ import annotations

from tests.unit.extraction_helpers import places


def test_a_countrys_claim_of_an_unnamed_village_named_next_is_its_own_claim():
    text = ("(AGENCY) Russia said on Saturday that its forces have taken control of a village in Ukraine's Kharkiv "
            "region.\nIn a statement on Telegram, the Russian Defense Ministry said its troops captured the village of "
            "Kucheriv Yar.")
    assert places(text) == {("Kucheriv Yar", "Russia", "asserted", "Russian Ministry of Defence"),
                            ("Kucheriv Yar", "Russia", "asserted", None)}


def test_no_copy_without_the_countrys_unnamed_claim():
    text = ("Fighting went on near the river on Saturday.\nIn a statement on Telegram, the Russian Defense Ministry "
            "said its troops captured the village of Kucheriv Yar.")
    assert places(text) == {("Kucheriv Yar", "Russia", "asserted", "Russian Ministry of Defence")}
