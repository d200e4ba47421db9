"""Extractor 0.71.260 (after 0.71.259), in sentences of our own (each fails on 0.71.259 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 8, 12)


def _run(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def _claims(text: str, day: datetime = DAY):
    return {(c.controller, c.metric, c.value_low) for c in _run(text, day).area_claims}


def test_the_depth_of_a_named_sides_infiltration_is_that_sides():
    assert _claims('"The depth of infiltration of Ukrainian units is 15 kilometres," Alexander Gusev said.') == {
        ("Ukraine", "advance_depth", 15.0)}


def test_the_depth_of_a_penetration_is_the_tellers_enemys():
    assert _claims('"The depth of penetration is 15 kilometres," Vyacheslav Gladkov said.') == {
        ("Ukraine", "advance_depth", 15.0)}


def test_the_depth_of_russian_penetration_told_by_kyiv_is_russias():
    assert _claims("The depth of penetration of Russian troops reached 8 km, Oleksandr Syrskyi said.") == {
        ("Russia", "advance_depth", 8.0)}


def test_settlements_under_the_enemys_control_in_russia_are_ukraines():
    assert _claims("The Kremlin was told that 31 settlements of Russia's Belgorod Oblast are under enemy's "
                   "control.") == {("Ukraine", "settlements_controlled", 31.0)}


def test_the_russian_federations_envoy_is_no_speaker_named_federation():
    speakers = [s.speaker for s in _run("Then the Permanent Representative of the Russian Federation said that he "
                                        "would not listen to the Ukrainian envoy.", datetime(2022, 12, 6)).statements]
    assert "Federation" not in speakers and len(speakers) == 1
