"""Extractor 0.71.152 (after 0.71.151), in sentences of our own (each fails on 0.71.151 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, said

DAY = datetime(2024, 2, 20)


def test_has_written_this_credits_the_sentence_before():
    text = ("Russian units are trying to break through near Kupiansk. The General Staff of the Armed Forces of Ukraine "
            "has written this on Facebook.")
    assert [s for s, _ in said(text, DAY)] == ["Ukrainian General Staff"]


def test_a_sentence_opening_comparative_is_no_speaker():
    text = ("Less than an hour later, Ukrainian border guards announced the recapture of the village of Urozhaine, "
            "stating that \"our flag is flying over the village again.\"")
    assert "Less" not in {s for s, _ in said(text, DAY)}


def test_a_countrys_adjective_before_a_rights_group_is_no_speaker():
    text = ("According to the Danish human rights organisation Dignity, the prisoners were held in three camps in "
            "occupied Melitopol.")
    assert "Danish" not in {s for s, _ in said(text, DAY)}


def test_the_territories_in_the_area_of_villages_are_not_the_villages():
    text = "As a result, Ukrainian forces lost control over the territories in the area of Robotyne and Verbove."
    assert places(text, DAY) == set()


def test_a_village_itself_lost_is_still_lost():
    text = "As a result, Ukrainian forces lost control over Robotyne and Verbove, the general staff said."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Robotyne", "Russia"), ("Verbove", "Russia")}  # guard
