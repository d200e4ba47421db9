"""Extractor 0.71.117 (after 0.71.116), in sentences of our own (each fails on 0.71.116 unless marked a guard).

An owner's title set off before a name ("..., Moldova's Interior Minister, Ana Ciobanu, said") belongs to the frame; a
request's "that" clause is reported by the closing frame after it; "Quoting X, AFP reports that" is X's; a long title
before a known name after "according to" gives the name; a donation prompt glued to the first sentence is page
furniture; "used Telegram to inform that" reports, and "the regional governor" finds the governor named after; "the
spokesman for <body>" is the person the text gave that title; "repeating X's warning that" is X's; "800 of the 1,376
square kilometres" is 800; settlements residents are evacuated from are not held."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes


def test_an_owners_title_before_the_name_is_part_of_the_frame():
    text = ("Talks resumed on Monday.\n\n"
            "Chisinau wants its citizens back from the front, Moldova's Interior Minister, Ana Ciobanu, said in an "
            "interview.\n\nNothing else.")
    assert quotes(text, datetime(2024, 3, 4)) == {("Ana Ciobanu", "Chisinau wants its citizens back from the front")}


def test_a_requests_that_clause_belongs_to_the_closing_frame():
    # (a guard: the request's subject is no speaker the closing frame could lose to)
    text = ("Talks resumed on Monday.\n\n"
            "Moldova has requested that Moscow send home its citizens recruited by the army, Interior Minister Ana "
            "Ciobanu said on Monday.\n\nNothing else.")
    assert quotes(text, datetime(2024, 3, 4)) == {
        ("Ana Ciobanu", "Moldova has requested that Moscow send home its citizens recruited by the army")}


def test_quoting_a_source_before_the_outlets_verb_credits_the_source():
    text = ("Fighting went on near Chasiv Yar.\n\n"
            "Quoting the Russian Defence Ministry, AFP reports that a unit of the Southern group has taken full "
            "control of Ivanivske.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2024, 4, 22))} == {"Russian Ministry of Defence"}


def test_a_source_quoted_in_an_aside_after_the_outlet():
    text = ("Fighting went on near Chasiv Yar.\n\n"
            "AFP, quoting the Russian Defence Ministry, reports that a unit of the Southern group has taken full "
            "control of Ivanivske.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2024, 4, 22))} == {"Russian Ministry of Defence"}


def test_a_long_title_before_a_known_name_after_according_to():
    text = ("The body met in Kyiv on Friday.\n\n"
            "According to Head of the Working Group on Contacts with the Press and Families of Captives Andrii Yusov, "
            "forty exchanges have taken place so far.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2023, 5, 5))} == {"Andriy Yusov"}


def test_a_donation_prompt_glued_to_the_first_sentence_is_furniture():
    text = ("Keep our reporting free. Join us.\n"
            "Become a member Support us just onceMoscow is moving reserves to the south, adding two brigades there "
            "this month, Vladyslav Voloshyn, a spokesperson for Ukraine's southern forces, said on Tuesday.\n\n"
            "Nothing else.")
    assert quotes(text, datetime(2024, 7, 9)) == {
        ("Vladyslav Voloshyn", "Moscow is moving reserves to the south, adding two brigades there this month")}


def test_used_telegram_to_inform_reports_and_names_the_regional_governor():
    text = ("Drones struck a fuel depot in Russia's Rostov region overnight. The regional governor said that air "
            "defences downed nine drones.\n\n"
            "Governor Yuri Slyusar used Telegram to inform that the fire at the depot was out.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 2, 3))} == {"Yuri Slyusar"}


def test_the_spokesman_for_a_body_is_the_person_given_that_title():
    text = ("The spokesman for the Defense Forces of Southern Ukraine, Vladyslav Voloshyn, said that the defenders "
            "had pushed the enemy back.\n\n"
            "The enemy has lost several assault groups.\n\n"
            "\"We have stopped them near the river,\" the spokesman for the Defense Forces of Southern Ukraine "
            "added.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 10, 7))} == {"Vladyslav Voloshyn"}


def test_repeating_someones_warning_that_is_the_owners_statement():
    text = ("Officials met on Sunday.\n\n"
            "\"We are ready,\" the defence minister Rustem Umerov said, repeating Syrskyi's warning that Moscow "
            "plans a new push on Kostiantynivka this summer.\n\nNothing else.")
    assert quotes(text, datetime(2024, 5, 5)) == {
        ("Rustem Umerov", "We are ready"),
        ("Oleksandr Syrskyi", "Moscow plans a new push on Kostiantynivka this summer")}


def test_a_part_of_a_whole_told_in_the_wholes_unit():
    text = ("Talks stalled.\n\n"
            "Ukraine now holds about 650 of the 1,200 square kilometres of the Kursk region that it seized in "
            "August.\n\nNothing else.")
    assert areas(text, datetime(2024, 12, 2)) == {("area_controlled", "Ukraine", 650.0)}


def test_settlements_residents_are_evacuated_from_are_not_held():
    text = ("Yevgeny Balitsky, the Moscow-installed head of occupied Zaporizhzhia Oblast, ordered an evacuation of "
            "the local families from 16 frontline settlements.\n\nNothing else.")
    assert areas(text, datetime(2023, 5, 5)) == set()
