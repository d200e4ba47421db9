"""Extractor 0.70.93, in sentences of our own (each fails on 0.70.92 unless marked a guard): "came under the control
of the Russian occupiers", "they" after a frame that reports a clause, "the brigade press service", a holding "is
ours" quoted from the verb on, "but this did not reflect reality", and a denial after "but" with no comma."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run, speakers


def test_came_under_the_control_of_the_side_after_of():
    text = '"It so happened that four settlements came under the control of the Russian occupiers," the governor Pavlo Kyrylenko said.'
    assert {(c.metric, c.controller, c.value_low) for c in run(text, datetime(2022, 5, 24)).area_claims} == {
        ("settlements_gained", "Russia", 4.0)}


def test_they_after_a_frame_reporting_a_clause():
    text = ("In its update on the war, the Institute for the Study of War (ISW) notes that Ukrainian troops launched a "
            "wave of counterattacks near Kupyansk in mid-December.\n\n"
            "Between December 11 and 25, they recaptured at least 150 square kilometers, pushing Russian forces out of "
            "several settlements.")
    assert {(c.controller, c.value_low) for c in run(text, datetime(2026, 2, 25)).area_claims} == {("Ukraine", 150.0)}


def test_the_brigade_press_service_is_the_brigade():
    text = ("Ukrainian forces have recaptured Krasnohorivka, reported the press service of the 3rd Separate Assault Brigade. "
            "\"The units carried out a clearance operation,\" the brigade press service said.")
    assert speakers(text) == {"3rd Separate Assault Brigade"}


def test_is_ours_quoted_from_the_verb_on():
    text = 'Kremlin spokesman Dmitry Peskov told reporters that the city of Kostiantynivka "is ours," and invited Zelensky to Moscow.'
    got = {(p.place, p.controller, p.claimant) for p in run(text, datetime(2026, 7, 4)).place_claims}
    assert got == {("Kostiantynivka", "Russia", "Dmitry Peskov")}


def test_but_this_did_not_reflect_reality_denies_the_claim_told():
    text = ("Zelensky said the Russian leader was claiming that Kostiantynivka had allegedly been captured, but this did "
            "not reflect reality.")
    got = {(p.place, p.controller, p.stance) for p in run(text, datetime(2026, 7, 4)).place_claims}
    assert got == {("Kostiantynivka", "Russia", "denied")}


def test_but_that_is_no_denial_of_its_own():
    # guard
    text = "Russian forces captured Kostiantynivka, but that is not the end of the war."
    got = {(p.place, p.stance) for p in run(text, datetime(2026, 7, 4)).place_claims}
    assert got == {("Kostiantynivka", "asserted")}


def test_a_denial_after_but_with_no_comma():
    text = ("Putin said earlier this month that the Russian army had taken back control over Krynky but the Ukrainian "
            "authorities have denied this.")
    got = {(p.place, p.controller, p.stance) for p in run(text, datetime(2024, 2, 29)).place_claims}
    assert ("Krynky", "Russia", "denied") in got
