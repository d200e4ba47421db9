"""Extractor 0.70.34: place claims and speakers from a reading of the developed real corpus's remaining misses, in
sentences of our own (each case fails on 0.70.33)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes

DAY = datetime(2024, 11, 20)


def test_questioning_a_sides_claims_denies_them():
    text = "Kyiv has questioned Moscow\u2019s claims of capturing Kurakhove, a battered industrial town."
    assert ("Kurakhove", "Russia", "denied", None) in places(text, DAY)
    text = "Ukrainian officers cast doubt on reports that Russian troops had taken Toretsk."
    assert places(text, DAY) == {("Toretsk", "Russia", "denied", None)}


def test_the_villages_point_back_across_a_sentence_without_places():
    text = ("\u201cThey kept attacking to take Vovchye and Progress. They brought in units we had not seen,\u201d the "
            "sergeant said.\nRussia\u2019s Defence Ministry said on Sunday that it had taken control of the villages.")
    assert places(text, DAY) == {("Vovche", "Russia", "asserted", "Russian Ministry of Defence"),
                                 ("Prohres", "Russia", "asserted", "Russian Ministry of Defence")}


def test_a_place_secured_by_a_sides_forces():
    text = "The Russian Defence Ministry said Novomykolaivka was secured by assault units of the Vostok group."
    assert places(text, DAY) == {("Novomykolaivka", "Russia", "asserted", "Russian Ministry of Defence")}


def test_the_two_interior_ministries():
    text = "Ukraine\u2019s Ministry of Internal Affairs said 40 people had been evacuated from the shelled district."
    assert {s for s, _ in speaker_quotes(text)} == {"Ukrainian Interior Ministry"}
    text = "Russia\u2019s Interior Ministry said two saboteurs had been detained near the border."
    assert {s for s, _ in speaker_quotes(text)} == {"Russian Interior Ministry"}
