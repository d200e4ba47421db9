"""Extractor 0.71.19 (after 0.71.18), in sentences of our own (each fails on 0.71.18 unless marked a guard): a
translation's "Institute for War Research" is the ISW; "the capture of X village by the Russian army", called false,
is a denied Russian capture; "The fact that ... liberated X ... is not true" denies it; "two-thirds of the villages of
A and B" is partial control; a bare infinitive coordinated with a "to" infinitive is an aim."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speakers

DAY = datetime(2023, 8, 22)


def test_a_translations_name_for_the_isw_is_the_isw():
    text = ("According to the Institute for War Research, Ukrainian forces are likely to reach the river within "
            "days.")
    assert speakers(text) == {"Institute for the Study of War"}


def test_false_information_about_a_capture_by_the_russian_army_is_a_denied_russian_capture():
    text = ("Russian propagandists are spreading false information about the capture of Synkivka village by the "
            "Russian army, the regional governor said.")
    assert {(p, c, s) for p, c, s, _ in places(text, DAY)} == {("Synkivka", "Russia", "denied")}


def test_the_fact_that_x_was_liberated_is_not_true_denies_it():
    text = ("\u201cThe fact that our troops have already liberated Svatove is not true, but the fighting is close,\u201d "
            "Serhiy Haidai said.")
    assert places(text, DAY) == {("Svatove", "Ukraine", "denied", "Serhiy Haidai")}


def test_the_fact_that_x_was_liberated_stated_as_such_is_a_claim():
    # guard: a fact asserted, with no verdict on it
    text = "Serhiy Haidai said that our troops have already liberated Svatove."
    assert places(text, DAY) == {("Svatove", "Ukraine", "asserted", "Serhiy Haidai")}


def test_two_thirds_of_the_villages_of_a_and_b_is_partial_control():
    text = ("On Tuesday, spokesman Nazar Voloshyn said that two-thirds of the villages of Ocheretyne and Keramik "
            "were under the control of Ukrainian forces.")
    assert places(text, DAY) == set()


def test_a_bare_infinitive_after_a_to_infinitive_is_an_aim():
    text = ("Ukrainian units are taking all measures to stabilize the front in this direction and bring Ocheretyne "
            "back under control.")
    assert places(text, DAY) == set()


def test_managed_to_hold_and_retake_is_not_an_aim():
    # guard: what they managed to do
    text = "The General Staff said Ukrainian troops managed to hold the line and recaptured Robotyne on Monday."
    assert {(p, c, s) for p, c, s, _ in places(text, DAY)} == {("Robotyne", "Ukraine", "asserted")}
