"""Extractor 0.71.140 (after 0.71.139), in sentences of our own (each fails on 0.71.139 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said


def test_it_said_after_a_quote_is_the_body_that_opens_the_sentence_before_a_day():
    text = ("Ukraine's Defense Ministry on Sunday described the town as fully cleared of the occupiers.\n\n"
            "The town had been a key rail hub of the east.\n\n"
            "Russia's defense ministry on Saturday issued a statement confirming its forces had left: \"Because of "
            "a threat of encirclement, the allied troops were withdrawn from the settlement of Krasny Lyman to more "
            "favorable lines,\" it said in its daily briefing.")
    quoted = [speaker for speaker, quote in said(text, datetime(2022, 10, 2)) if quote.startswith("Because of")]
    assert quoted == ["Russian Ministry of Defence"]
    # (the withdrawal the ministry told: Moscow's "allied troops" left, so the town is Ukraine's)
    assert ("Lyman", "Ukraine", "asserted", "Russian Ministry of Defence") in places(text, datetime(2022, 10, 2))


def test_a_person_driven_some_miles_is_no_advance():
    text = ("One pupil in occupied Melitopol was detained by the occupation police, had a bag pulled over his head, "
            "was driven 15 miles to a remote field, and was made to walk home alone, his mother said.")
    assert areas(text, datetime(2025, 3, 1)) == set()


def test_troops_driven_back_some_kilometres_is_the_other_sides_advance():
    text = ("Ukrainian forces were driven back some 5 kilometres near Pokrovsk over the past week, the Russian "
            "defence ministry said on Friday.")
    assert areas(text, datetime(2024, 8, 10)) == {("advance_depth", "Russia", 5.0)}


def test_a_relayed_speaker_named_after_a_lower_case_title_is_the_speaker():
    text = ("As per the state news agency RIA, officer of the separatist Donetsk militia, Eduard Basurin, said that "
            "the militia's flag was now flying over the town hall of the village.")
    assert {speaker for speaker, _ in said(text, datetime(2022, 7, 3))} == {"Eduard Basurin"}


def test_a_relayed_speaker_with_a_lower_case_title_before_his_name_is_the_speaker():
    text = ("According to TASS, militia spokesman Eduard Basurin said that the militia's flag was now flying over "
            "the town hall of the village.")
    assert {speaker for speaker, _ in said(text, datetime(2022, 7, 3))} == {"Eduard Basurin"}


def test_ground_surrounding_a_town_is_not_the_town():
    text = ("Kyiv's army said on Monday it had liberated 31 square kilometres of territory surrounding Vuhledar since "
            "the start of its push in June, and that fighting went on.")
    assert {p for p, *_ in places(text, datetime(2023, 7, 10))} == set()


def test_a_list_set_off_before_all_of_these_towns_is_the_subject():
    text = ("Robotyne and Verbove, Kopani and Pyatykhatky: all of these villages were liberated by Ukraine during the "
            "summer, the analysts wrote in their weekly review.")
    assert {p for p, *_ in places(text, datetime(2023, 9, 6))} == {"Robotyne", "Verbove", "Kopani", "Piatykhatky"}


def test_a_line_closed_by_a_labelled_picture_credit_is_a_caption():
    text = ("Crowds gathered in the central square of the city on Friday evening to celebrate.\n\n"
            "The mayor of the city said the town is free again (Picture: AFP via Getty)\n\n"
            "Residents waved flags and sang the national anthem late into the night.")
    assert said(text, datetime(2022, 11, 11)) == []
