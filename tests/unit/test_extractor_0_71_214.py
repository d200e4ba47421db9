"""Extractor 0.71.214 (after 0.71.213), in sentences of our own (each fails on 0.71.213 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 9)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_an_apposition_whose_relative_has_a_pronoun_subject_tells_of_the_place():
    found = claims("Moscow has sent more troops to Melitopol, the largest city it has captured in the south.")
    assert {c[:2] for c in found} == {("Melitopol", "Russia")}


def test_guard_a_side_ordering_its_own_troops_out_is_still_the_pullout():
    found = claims("Ukraine's eastern command said it had ordered a pullback from Vuhledar to avoid encirclement.")
    assert {c[:3] for c in found} == {("Vuhledar", "Russia", "asserted")}
