"""Extractor 0.71.203 (after 0.71.202), in sentences of our own (each fails on 0.71.202 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_unlikely_to_retake_is_a_forecast_not_a_recapture():
    found = claims("Kyiv's troops are unlikely to retake the port city of Berdiansk this year.")
    assert {c for c in found if c[1] == "Ukraine"} == set()


def test_guard_likely_to_retake_is_no_recapture_either():
    found = claims("Kyiv's troops are likely to retake the port city of Berdiansk this year.")
    assert {c for c in found if c[1] == "Ukraine"} == set()


def test_the_first_of_regions_listed_after_settlements_of_is_a_region():
    assert claims("Repair crews are restoring power in the de-occupied settlements of Kharkiv, Kherson and Mykolaiv "
                  "regions.") == set()


def test_guard_the_villages_of_a_named_place_are_still_a_place():
    assert {c[:2] for c in claims("Crews are restoring power in the de-occupied village of Kyselivka.")} == {
        ("Kyselivka", "Ukraine")}


def test_the_countrys_possessive_before_occupied_port():
    assert claims("A tanker left Ukraine's occupied port of Skadovsk on Monday.") == {
        ("Skadovsk", "Russia", "asserted", None)}
