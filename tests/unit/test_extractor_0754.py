"""Extractor 0.70.54: the side "its troops" names after "According to X", and a depth between two figures with units of
their own, in sentences of our own (each case but the guards fails on 0.70.53)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run

DAY = datetime(2024, 9, 16)


def test_its_troops_after_according_to_a_country_are_that_countrys():
    text = "According to Ukraine, its troops have retaken six villages in the Kharkiv region this month."
    assert {(m, c) for m, c, _v in areas(text, DAY)} == {("settlements_gained", "Ukraine")}


def test_its_forces_after_a_place_named_with_in_are_not_that_places():
    # guard: "In eastern Ukraine, its forces ..." names no side; the subject of the main clause does
    text = "In eastern Ukraine, where Moscow has massed troops, its forces captured four villages last week."
    assert ("settlements_gained", "Ukraine", 4.0) not in areas(text, DAY)


def test_its_troops_after_the_subject_are_the_subjects():
    # guard: the subject before the preposition still decides
    text = "Russia has made gains in the east of Ukraine, with its troops seizing three villages last week."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 3.0)}


def test_a_depth_between_metres_and_kilometres_is_one_range():
    text = "According to Ukrainian officials, Kyiv's troops advanced between 600 metres and 2 kilometres on Sunday."
    (claim,) = run(text, DAY).area_claims
    assert (claim.metric, claim.value_low, claim.value_high) == ("advance_depth", 0.6, 2.0)
