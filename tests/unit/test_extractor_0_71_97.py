"""Extractor 0.71.97 (after 0.71.96), in sentences of our own (each fails on 0.71.96 unless marked a guard).

Figures: "the Russian gains came in autumn, as they took 610 sq km": "they" after the subordinator is the side the main
clause named; "advanced from 350 meters to 2 kilometers" is one range. Speakers: "Strangely," is no name; "However, in
his address on Wednesday, X made no mention of ... Instead, he reaffirmed ...": the subject after a connective and an
introductory phrase is the next pronoun's antecedent."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, run


def _statements(text: str, day: datetime) -> set[tuple]:
    return quotes(text, day)


def test_they_after_a_subordinator_is_the_main_clause_side():
    text = ("Kyiv is waiting for new aid from Washington. Most of the Russian gains came in the spring, as they took "
            "480 square kilometres in April.")
    assert {(a.controller, a.value_low) for a in run(text, datetime(2025, 5, 30)).area_claims} == {("Russia", 480.0)}


def test_an_advance_from_metres_to_kilometres_is_one_range():
    text = "Ukrainian units have advanced near Robotyne from 300 meters to 1.5 kilometers in places, Andriy Kovalov said."
    assert {(a.metric, a.value_low, a.value_high) for a in run(text, datetime(2023, 8, 20)).area_claims} == \
        {("advance_depth", 0.3, 1.5)}


def test_a_change_from_one_distance_to_another_is_not_a_range():    # a guard: not after an advance verb
    text = "The shelling zone widened from 10 km to 25 km from the border, Yuriy Ihnat said."
    assert all(a.value_low == a.value_high for a in run(text, datetime(2023, 8, 20)).area_claims)


def test_an_attitude_adverb_is_no_speaker():
    text = ("Strangely, the president's spokesman Vincent Magwenya disputed the reports, reportedly telling a radio "
            "station that the delegation had heard no sirens.")
    assert {s for s, _q in _statements(text, datetime(2023, 6, 16))} == {"Vincent Magwenya"}


def test_the_subject_after_a_connective_and_an_introductory_phrase():
    text = ("Zelenskyy said a deal was closer than ever. However, in his traditional New Year's address on Wednesday, "
            "Russian President Vladimir Putin made no mention of the talks. Instead, he reaffirmed his belief in victory.")
    assert ("Vladimir Putin", "his belief in victory") in _statements(text, datetime(2025, 12, 31))
