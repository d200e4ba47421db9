"""Extractor 0.71.28 (after 0.71.27), in sentences of our own (each fails on 0.71.27 unless marked a guard): the men of
a unit speak for it ("said the fighters of the 47th Brigade"); a document's owner stays the speaker past "latest"
("The MOD's latest update said"), without its possessive, and an acronym with the letter of its "of" finds the body
named in full before it ("MOD", the Ministry of Defence); a capital that advances or presses is its side, not a place;
an agency photo's caption closing on its place and date is furniture, and so is a byline's "2 min read"; "Velyka,
Mala Oleksandrivka" shares its head; "lost its stronghold, X" and "with the town of X liberated" name the place; a
noun of determination before "to take X" is an aim; "30 cities and towns" counts settlements; "almost half (47%)"
takes the bracket's exact value."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places, speaker_quotes, speakers

DAY = datetime(2024, 10, 30)


def test_the_fighters_of_a_brigade_speak_for_it_after_the_quote():
    text = '"The village is still ours," said the fighters of the 47th Brigade.'
    assert speakers(text) == {"47th Brigade"}


def test_the_soldiers_of_a_country_are_no_speaker():
    # guard: "the soldiers of Ukraine" name no unit
    text = '"The village is still ours," said the soldiers of Ukraine.'
    assert speakers(text) == set()


def test_a_documents_owner_past_latest():
    text = "The ISW's latest assessment said Russian troops were regrouping near the river."
    assert speaker_quotes(text) == {("Institute for the Study of War", "Russian troops were regrouping near the river")}


def test_an_acronym_with_the_letter_of_its_of():
    text = ("Russian forces made small gains near the town, the Ministry of Defence has said. The MOD said the "
            "gains had cost thousands of casualties.")
    assert speakers(text) == {"Ministry of Defence"}


def test_a_capital_that_presses_its_offensive_is_no_place():
    text = "Russian troops were forced to retreat from several villages as Kyiv presses its counteroffensive."
    assert places(text, DAY) == set()


def test_a_capital_taken_by_troops_is_a_place():
    # guard: a capital named as the object of a capture stays a place
    text = "Russian troops were forced to withdraw from Kherson, the Ukrainian military said."
    assert place_controllers(text, DAY) == {("Kherson", "Ukraine")}


def test_an_agency_caption_closing_on_place_and_date():
    text = ("Ukrainian troops advanced near the village on Monday.\n"
            "Soldiers ride a tank in a village after Russia's withdrawal from Kherson, in Ukraine, "
            "Tuesday, Nov. 15, 2022.\nFighting went on near Bakhmut.")
    assert places(text, DAY) == set()


def test_a_bylines_reading_time_is_furniture():
    text = ("Jane Doe\u00b73 min readIn this article:\n"
            "Authorities have begun clearing the rubble in the town, he said.")
    assert speakers(text) == set()


def test_velyka_comma_mala_share_their_head():
    text = "The governor said Velyka, Mala Oleksandrivka and Davydiv Brid had been liberated."
    assert {p for p, _c in place_controllers(text, DAY)} == {"Velyka Oleksandrivka", "Mala Oleksandrivka",
                                                           "Davydiv Brid"}


def test_a_side_that_lost_its_stronghold_named_after_a_comma():
    text = "The Ukrainian army lost its last stronghold, Avdiivka, in February."
    assert place_controllers(text, DAY) == {("Avdiivka", "Russia")}


def test_with_a_town_liberated_an_absolute_construction():
    text = "The General Staff announced new gains, with the town of Trostianets liberated from Russian troops."
    assert place_controllers(text, DAY) == {("Trostianets", "Ukraine")}


def test_a_determination_to_take_a_town_is_an_aim():
    text = "Losing the city would be costly for Ukraine, hence Russia's determination to take Avdiivka."
    assert places(text, DAY) == set()


def test_cities_and_towns_count_settlements():
    text = "Ukrainian troops have taken control of more than 20 cities and towns in the Kharkiv region."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 20.0)}


def test_cities_alone_count_nothing():
    # guard: cities hit by strikes are no ground
    text = "Russian missiles hit 12 cities overnight, the Ukrainian air force said."
    assert areas(text, DAY) == set()


def test_a_word_share_with_its_exact_value_in_brackets():
    text = "Ukrainian forces have liberated almost half of this territory (46%) since the spring."
    assert areas(text, DAY) == {("territory_share", "Ukraine", 0.46)}
