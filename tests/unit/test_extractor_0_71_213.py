"""Extractor 0.71.213 (after 0.71.212), in sentences of our own (each fails on 0.71.212 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 10)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_declared_withdrawal_is_announced_not_done():
    assert claims("Kyiv is treating Moscow's announced withdrawal from Nova Kakhovka with caution.") == set()


def test_guard_a_completed_withdrawal_is_done():
    assert {c[:3] for c in claims("Russia's withdrawal from Nova Kakhovka was completed on Friday.")} == {
        ("Nova Kakhovka", "Ukraine", "asserted")}


def test_no_signs_that_a_side_is_leaving_denies_it():
    assert {c[:3] for c in claims('"We see no signs that Russia is leaving Nova Kakhovka," the adviser said.')} == {
        ("Nova Kakhovka", "Ukraine", "denied")}
