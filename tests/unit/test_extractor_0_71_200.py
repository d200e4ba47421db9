"""Extractor 0.71.200 (after 0.71.199), in sentences of our own (each fails on 0.71.199 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_rejecting_that_version_denies_the_claim_before():
    found = claims("Russian troops claimed to have taken the village of Krasnohorivka. However, the Ukrainian army "
                   "rejected that version.")
    assert ("Krasnohorivka", "Russia", "denied", "Ukrainian General Staff") in found


def test_guard_a_version_of_events_without_a_denial_is_nothing():
    found = claims("Russian troops claimed to have taken the village of Krasnohorivka. Reporters heard another "
                   "version.")
    assert {c for c in found if c[2] == "denied"} == set()


def test_a_headline_apposition_without_its_article():
    assert claims("Sievierodonetsk, last Ukrainian-held city in Luhansk, falls to Russian forces") == {
        ("Sievierodonetsk", "Russia", "asserted", None)}
