"""Extractor 0.71.50 (after 0.71.49), in sentences of our own (each fails on 0.71.49 unless marked a guard):
"Information about the enemy taking full control of A and B is not true" denies the capture (the event as a gerund after
"about"); "announced the capture by Russian troops of the village of X" reaches its place past the agent."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 9, 12)


def test_information_about_a_capture_is_not_true():
    text = "Information about the enemy taking full control of Ivanivka and Zelenyi Hai is not true."
    assert {(p, st) for p, _c, st, _cl in places(text, DAY)} == {("Ivanivka", "denied"), ("Zelenyi Hai", "denied")}


def test_reports_about_a_capture_told():
    # guard: reports about a capture with no verdict stay asserted
    text = "Reports about Russian forces capturing Ivanivka spread on Monday."
    assert {st for _p, _c, st, _cl in places(text, DAY)} == {"asserted"}


def test_announced_the_capture_by_its_agent_of():
    text = "Russia's defence ministry announced the capture by Russian troops of the village of Ivanivka."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Ivanivka", "Russia")}
