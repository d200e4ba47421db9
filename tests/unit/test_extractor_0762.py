"""Extractor 0.70.62, in sentences of our own (each case fails on 0.70.61): an area and a count that "went under
Russia's control"; a hashtag before an agent; "Ukraine's grip on 90 sq km"; "has also captured ... during its
incursion" into a Russian oblast; a "Details:" label before a subject; "As reported by Reuters, X, <apposition>,
declared"; the president and foreign ministers of Lithuania."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run, speakers

DAY = datetime(2024, 9, 2)


def test_an_area_and_its_count_that_went_under_control():
    text = "The minister said 540 square kilometers of territory, 31 settlements, went under Russia's control."
    assert areas(text, DAY) == {("area_gained", "Russia", 540.0), ("settlements_gained", "Russia", 31.0)}


def test_a_hashtag_before_the_agent():
    text = "Pishchane has been liberated by the #Russian Armed Forces - the Ministry of Defense announced!"
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Pishchane", "Russia")}


def test_a_sides_grip_on_an_area_is_its_holding():
    text = "Despite Moscow's claims of recapturing the region, Ukraine's grip on 60 square kilometers persists."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 60.0)}


def test_captured_during_its_incursion_into_a_russian_oblast_is_the_holding():
    text = "Ukraine has also captured 70 settlements during its two-week incursion into the Kursk region, he said."
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 70.0)}


def test_a_details_label_is_no_speaker():
    text = ("Source: Glavcom\n\nDetails: Syrskyi declined to give figures, but noted that the losses reported by the "
            "Russian side are exaggerated many times over.")
    assert speakers(text) == {"Oleksandr Syrskyi"}


def test_as_reported_by_an_outlet_a_named_speaker_with_an_apposition_speaks():
    text = ("As reported by Reuters, Denis Pushilin, the Russian-installed leader of Donetsk, declared on state "
            "television that the town had been fully taken.")
    assert speakers(text) == {"Denis Pushilin"}


def test_the_lithuanian_president_and_foreign_minister_of_the_day():
    text = ("The Lithuanian president said the sanctions must be tightened. Lithuania's foreign minister said Vilnius "
            "would send more air defence.")
    assert {s.speaker for s in run(text, datetime(2025, 3, 1)).statements} == {"Gitanas Nausėda", "Kęstutis Budrys"}
