"""Extractor 0.71.34 (after 0.71.33), in sentences of our own (each fails on 0.71.33 unless marked a guard): a quoted
clause ('"X was liberated"') is no Russian scare-quote; a manner adverb may stand between the comma and a reporting
participle ("..., proudly declaring that ..."); "Dnipropetrovsk", the oblast's name and only a former name of its city,
is the region; an area per killed soldier is a rate, no claim; "some 15 kilometers (nine miles) from the town" is a
distance; a denial of reports about unnamed villages taken is no denial of a place named before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places, speakers

DAY = datetime(2023, 8, 16)


def test_a_quoted_clause_is_no_scare_quote():
    text = 'Residents wrote on the wall of the school that "Robotyne was liberated".'
    assert place_controllers(text, DAY) == {("Robotyne", "Ukraine")}


def test_a_scare_quoted_liberated_is_moscows():
    # guard: the word alone in its marks is still Moscow's
    text = "Moscow said its troops had \u201cliberated\u201d the village of Robotyne."
    assert place_controllers(text, DAY) == {("Robotyne", "Russia")}


def test_a_manner_adverb_before_the_participle():
    text = "Hanna Maliar echoed the news, proudly declaring on Telegram that the village had been liberated."
    assert speakers(text) == {"Hanna Maliar"}


def test_dnipropetrovsk_is_the_region():
    text = ("Russian advances could harm the economy as Dnipropetrovsk and Donetsk, which has been occupied since "
            "2014, are industrial hubs.")
    assert places(text, DAY) == set()


def test_an_area_per_killed_soldier():
    text = "Russian troops are advancing at an efficiency of 0.04 km\u00b2 per one killed soldier, analysts say."
    assert areas(text, DAY) == set()


def test_a_distance_with_its_conversion_first():
    text = ("Russian troops had advanced toward Verbove, a village located some 15 kilometers (nine miles) from the "
            "town of Pokrovske, monitors said.")
    assert areas(text, DAY) == set()


def test_a_denial_of_reports_on_unnamed_villages():
    text = ("Russia's defence ministry said its troops had captured Verbove. In late August, monitors reported that "
            "Russian forces had seized villages in the region, though Ukraine denied the reports.")
    assert {s for _p, _c, s, _cl in places(text, DAY)} == {"asserted"}
