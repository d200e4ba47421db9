"""Extractor 0.70.44: held back 104's place claims (read after its one scoring), in sentences of our own (each case
fails on 0.70.43)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 1, 8)


def test_captures_like_a_list_with_no_of():
    text = "Russian forces made notable captures such as Vuhledar and Selydove last autumn."
    assert {(p, c) for p, c, *_ in places(text, DAY)} == {("Vuhledar", "Russia"), ("Selydove", "Russia")}


def test_regaining_control_of_a_place():
    text = "Ukraine\u2019s defence minister praised the marines for regaining control of the village of Urozhaine."
    assert {(p, c) for p, c, *_ in places(text, DAY)} == {("Urozhaine", "Ukraine")}
