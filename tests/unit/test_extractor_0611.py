"""Extractor 0.61.1: rules from held back 58's misses, after its scoring, each in sentences of our own, each failing
on 0.61.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places as _places
from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 2, 21)




def test_the_fall_of_a_place_takes_no_side_from_the_sentences_other_nouns():
    text = "Gloom had grown since Ukraine's stalled summer push, deepened by the fall of Avdiivka last week."
    assert {p[:3] for p in _places(text, DAY)} == {("Avdiivka", "Russia", "asserted")}


def test_the_fall_of_a_place_to_a_side():
    text = "Crowds cheered the fall of Kherson to Ukrainian troops."
    assert {p[:3] for p in _places(text, DAY)} == {("Kherson", "Ukraine", "asserted")}


def test_they_have_not_taken_in_a_speakers_own_words_is_the_other_sides_capture_denied():
    text = ('"They still have not taken Robotyne, they only hold a few ruined houses," the Russian-installed official '
            'Vladimir Rogov said.')
    assert ("Robotyne", "Ukraine", "denied", "Vladimir Rogov") in _places(text, datetime(2023, 9, 4))


def test_a_stretch_to_talk_about_taking_a_place_denies_the_other_sides_capture():
    text = ('"It would be a stretch to talk about taking Robotyne under control," the Russian-installed official '
            'Vladimir Rogov said.')
    assert _places(text, datetime(2023, 9, 4)) == {("Robotyne", "Ukraine", "denied", "Vladimir Rogov")}


def test_a_side_denying_its_own_capture_of_a_place():
    # guard (held on both): the denier's own capture is denied
    text = "Russia's defence ministry denied capturing Robotyne."
    assert {p[:3] for p in _places(text, datetime(2023, 9, 4))} == {("Robotyne", "Russia", "denied")}


def test_the_area_currently_occupied_told_by_a_side_is_the_others():
    text = ('"As of July 1, the total area currently occupied is 18,000 square kilometres," regional governor Vadym '
            'Filashkin said.')
    assert areas(text, datetime(2025, 7, 5)) == {("area_controlled", "Russia", 18000.0)}


def test_a_place_located_by_its_distance_from_another_is_no_advance():
    text = "Russian forces pushed toward Chasiv Yar, roughly 10 miles west of Bakhmut, according to the ISW."
    assert areas(text, DAY) == set()


def test_an_advance_west_of_a_town_is_an_advance():
    # guard (held on both): the distance is the advance's own
    text = "Russian forces advanced up to 2 kilometres west of Avdiivka, the ISW said."
    assert areas(text, DAY) == {("advance_depth", "Russia", 2.0)}
