"""Extractor 0.71.209 (after 0.71.208), in sentences of our own (each fails on 0.71.208 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 10, 13)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_the_occupier_named_in_a_during_phrase_is_not_the_liberator():
    found = claims("Graves of civilians killed during the Russian occupation were found in recently liberated Izium "
                   "and Balakliia.")
    assert {c[:2] for c in found} == {("Izium", "Ukraine"), ("Balakliia", "Ukraine")}


def test_guard_a_side_that_is_the_subject_still_liberates():
    found = claims("Russian troops entered the recently liberated village of Kurdiumivka, the ministry in Moscow said.")
    assert {c[:2] for c in found} == {("Kurdiumivka", "Russia")}
