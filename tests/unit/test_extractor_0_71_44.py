"""Extractor 0.71.44 (after 0.71.43), in sentences of our own (each fails on 0.71.43 unless marked a guard): "the loss
of control of A and B" is a withdrawal from both; an apposition closed by a comma inside the quotation marks of a unit's
name ('X, an officer of the brigade "Rubizh," stated'); "a new annual report released by X" names its issuer, and a
known name with "and" in it stays whole ("the Center for Strategic and International Studies"); CSIS and RUSI in the
actor seeds; "CSIS analysts found that"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, said

DAY = datetime(2024, 6, 23)


def test_the_loss_of_control_of_two_villages():
    text = "On Wednesday, Kyiv acknowledged the loss of control of Loskutivka and Rai-Oleksandrivka."
    assert place_controllers(text, DAY) == {("Loskutivka", "Russia"), ("Rai-Oleksandrivka", "Russia")}


def test_a_loss_of_control_not_confirmed():
    # guard: a loss nobody confirmed is no claim
    assert place_controllers("Kyiv has not confirmed the loss of control of Loskutivka.", DAY) == set()


def test_an_apposition_closed_inside_quotation_marks():
    text = ('Ivan Petrenko, an officer of the National Guard brigade "Rubizh," stated that heavy fighting goes on '
            "in both villages.")
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]


def test_a_report_released_by_a_known_institute():
    text = ("Russia's offensive is the slowest in a century, according to a new annual report released by the "
            "Washington-based Center for Strategic and International Studies (CSIS).")
    assert [s for s, _q in said(text, DAY)] == ["Center for Strategic and International Studies"]


def test_csis_analysts_found():
    text = "CSIS analysts found that Russian forces took less than one percent of Ukraine in a year."
    assert [s for s, _q in said(text, DAY)] == ["Center for Strategic and International Studies"]


def test_rusi_by_its_name():
    # guard: the seeded name is the one the sentence gives
    text = "The Royal United Services Institute said the offensive had stalled."
    assert [s for s, _q in said(text, DAY)] == ["Royal United Services Institute"]
