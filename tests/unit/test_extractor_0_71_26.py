"""Extractor 0.71.26 (after 0.71.25), in sentences of our own (each fails on 0.71.25 unless marked a guard): a title
"of" a named body ("The head of Russia's Republic of X, NAME, said") gives way to the name apposed to it; "NAME, a
member of ... and the head of the Y Committee on Z, who said": "who" is the person, not the body ending the
apposition; the Donbas militia is Russia's side; "cities under Ukrainian control, A and B" names the places held;
"X's recapture by Ukrainian troops" has its agent; "cleared Russian troops from X" is a capture; a sentence opening on
an operation's noun ("The offensive recaptured ...", "One of those was an advance of ...") is the previous sentence
subject's, past a heading line glued before it."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, speakers

DAY = datetime(2024, 6, 3)


def test_a_title_of_a_named_republic_gives_way_to_the_apposed_name():
    text = "The head of Russia's Tatar Republic, Rustam Minnikhanov, said on Monday that two drones had been shot down."
    assert speakers(text) == {"Rustam Minnikhanov"}


def test_a_title_of_a_body_without_a_name_still_speaks():
    # guard: no name apposed, the body speaks as before
    text = "The head of Russia's Tatar Republic said on Monday that two drones had been shot down."
    assert speakers(text) and "Rustam Minnikhanov" not in speakers(text)


def test_who_after_an_apposition_ending_in_a_body_is_the_person():
    text = ("The remarks were backed by Andriy Kostenko, a former adviser and the head of the Council's Committee on "
            "National Security, who said that the talks had stalled.")
    assert speakers(text) == {"Andriy Kostenko"}


def test_who_after_a_name_is_still_that_name():
    # guard: the name right before "who" speaks
    text = "The remarks were backed by the deputy, Andriy Kostenko, who said that the talks had stalled."
    assert speakers(text) == {"Andriy Kostenko"}


def test_the_donbas_militia_is_russias_side():
    text = ("Meanwhile the Donbas militia kept up its offensive against Kyiv's troops, liberating the town of "
            "Popasna, its command said.")
    assert place_controllers(text, DAY) == {("Popasna", "Russia")}


def test_cities_under_a_sides_control_apposed_by_name():
    text = "Taking the town would bring Moscow closer to two key cities under Ukrainian control, Kostiantynivka and Druzhkivka."
    assert place_controllers(text, DAY) == {("Kostiantynivka", "Ukraine"), ("Druzhkivka", "Ukraine")}


def test_a_possessive_recapture_by_a_side():
    text = "Izium's recapture by Ukrainian troops ended six months of occupation, officials said."
    assert ("Izium", "Ukraine") in place_controllers(text, DAY)


def test_cleared_troops_from_a_village():
    text = "Ukrainian marines have cleared Russian troops from the village of Klishchiivka, the brigade said."
    assert place_controllers(text, DAY) == {("Klishchiivka", "Ukraine")}


def test_cleared_roads_of_mines_is_no_claim():
    # guard: only troops cleared out make a capture
    text = "Sappers cleared the roads from mines near Izium last week."
    assert place_controllers(text, DAY) == set()


def test_an_operation_noun_opening_a_sentence_is_the_previous_subjects():
    text = ("In early September, Ukraine launched a counter-offensive in the Kharkiv region. The offensive recaptured "
            "6,000 sq km within a week, pushing Russian troops back to the border.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 6000.0)}


def test_one_of_those_was_an_advance():
    text = ("Ukrainian troops scored two small successes near Bakhmut, the army said.\n\nOne of those included an "
            "advance of 700 metres along the canal. Russian units hold the other bank.")
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 0.7)}


def test_a_heading_line_glued_before_the_previous_sentence():
    text = ("\u2022 Read more on the war\nIn late August, Ukraine opened its southern counter-offensive.\n"
            "The advance freed 500 sq km in two weeks, taking Russian troops by surprise.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 500.0)}


def test_an_operation_noun_after_a_russian_subject():
    text = ("Russian troops pressed on west of Avdiivka in the spring. The assault captured 20 sq km in a month, "
            "Ukrainian officers said.")
    assert areas(text, DAY) == {("area_gained", "Russia", 20.0)}
