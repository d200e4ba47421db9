"""Extractor 0.70.95, in sentences of our own (each fails on 0.70.94 unless marked a guard): a bulleted clause's
coordinated verb keeps the subject after the bullet, "the enemy defense" is ground entered (not "the Russian Defense
Ministry"), and "lost net control of"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run


def _areas(text: str, day: datetime) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low) for c in run(text, day).area_claims}


def test_a_bullets_coordinated_verb_and_the_enemy_defense():
    text = ("- The Ukrainian military liberated more than 25 settlements in the Kharkiv direction and penetrated the "
            "enemy defense to a depth of up to 40 kilometers.")
    assert _areas(text, datetime(2022, 9, 9)) == {("settlements_gained", "Ukraine", 25.0), ("advance_depth", "Ukraine", 40.0)}


def test_the_russian_defense_ministry_is_still_a_subject():
    # guard: "Defense" before "Ministry" names the body, not ground
    text = "The Russian Defense Ministry said its forces had taken two villages in the Kursk region."
    assert {(m, c) for m, c, _v in _areas(text, datetime(2024, 10, 9))} == {("settlements_gained", "Russia")}


def test_lost_net_control_of():
    text = "The think tank's number is specific: Russia lost net control of 120 square kilometers during April 2026."
    assert _areas(text, datetime(2026, 5, 3)) == {("area_lost", "Russia", 120.0)}
