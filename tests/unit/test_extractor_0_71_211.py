"""Extractor 0.71.211 (after 0.71.210), in sentences of our own (each fails on 0.71.210 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 2, 6)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_occupied_after_a_verb_whose_object_it_is_is_an_adjective():
    assert claims("Families forced to flee occupied Skadovsk are losing their homes.") == {
        ("Skadovsk", "Russia", "asserted", None)}
    assert claims("Ukrainian drones struck occupied Tokmak overnight.") == {("Tokmak", "Russia", "asserted", None)}


def test_guard_occupied_after_its_subject_is_the_verb():
    assert {c[:2] for c in claims("Russian troops occupied Tokmak in the first week of the war.")} == {
        ("Tokmak", "Russia")}
