"""Extractor 0.70.30: what held back 91's errors showed (read after it was scored once), in sentences of our own
(each case fails on 0.70.29)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 12, 2)


def _claims(text: str) -> set[tuple]:
    return {(p, c, s) for p, c, s, _cl in places(text, DAY)}


def test_the_places_an_object_holds_named_after_namely():
    text = "Ukraine has recaptured all of Kharkiv Oblast's north, namely the towns of Vovchansk, Lyptsi and Kupiansk."
    assert _claims(text) == {("Vovchansk", "Ukraine", "asserted"), ("Lyptsi", "Ukraine", "asserted"),
                             ("Kupiansk", "Ukraine", "asserted")}


def test_a_country_denying_after_the_claim_in_its_own_sentence():
    assert _claims("Russia claims capture of Siversk and Kupiansk, Ukraine denies.") == {
        ("Siversk", "Russia", "asserted"), ("Kupiansk", "Russia", "asserted"),
        ("Siversk", "Russia", "denied"), ("Kupiansk", "Russia", "denied")}
    assert ("Kupiansk", "Russia", "denied") in _claims(
        "Gerasimov said on Thursday his forces had captured the city of Kupiansk, though Ukraine denied it.")


def test_the_khartia_corps_is_a_known_ukrainian_speaker():
    text = ("\u201cKindrashivka, Radkivka and their outskirts have been liberated, as well as a number of neighbourhoods "
            "in northern Kupiansk,\u201d the Khartia army corps said on social media.")
    assert places(text, DAY) == {("Kindrashivka", "Ukraine", "asserted", "Khartia Corps"),
                                 ("Radkivka", "Ukraine", "asserted", "Khartia Corps")}
