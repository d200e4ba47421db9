"""Extractor 0.71.206 (after 0.71.205), in sentences of our own (each fails on 0.71.205 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 8, 29)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def controllers(text: str) -> set[str]:
    return {c.controller for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_they_after_a_dash_is_the_subject_of_the_clause_before():
    assert controllers("Ukrainian units kept pushing in the Kursk region — by Friday, they controlled 900 square "
                       "kilometres.") == {"Ukraine"}


def test_they_after_a_semicolon_is_the_subject_of_the_clause_before():
    assert controllers("Ukrainian units kept pushing in the Kursk region; they now control 900 square "
                       "kilometres.") == {"Ukraine"}


def test_guard_they_opening_a_sentence_still_looks_back():
    assert controllers("Ukrainian units kept pushing in the Kursk region. They now control 900 square "
                       "kilometres.") == {"Ukraine"}


def test_a_reporting_clause_set_off_by_commas_leaves_the_subject_before_it():
    assert claims("Moscow, the British ministry said, has almost certainly taken control of the villages of "
                  "Pervomaiske and Nevelske.") == {("Pervomaiske", "Russia", "asserted", None),
                                                   ("Nevelske", "Russia", "asserted", None)}


def test_guard_a_reporting_clause_that_opens_its_own_clause_still_bounds_the_subject():
    found = claims("Kyiv lost ground, the ministry said, as Russian troops took control of Nevelske.")
    assert {c[:2] for c in found} == {("Nevelske", "Russia")}
