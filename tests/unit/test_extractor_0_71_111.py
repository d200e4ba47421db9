"""Extractor 0.71.111 (after 0.71.110), in sentences of our own (each fails on 0.71.110 unless marked a guard).

"an increase of N sq km" is the holding's gain; "secured control of N sq km" from one date to another is a gain;
"1.017 settlements" counts a thousand and seventeen; "the military department" is the defence ministry; "played
down reports that X had fallen" denies it; a title in lower case between a country's possessive and a name
("Britain's armed forces minister X") is the subject of a participle; "criticised the plan, saying Y" reports Y only;
Kyrylo Tymoshenko of the President's Office is a seed, with his Russian spelling."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, quotes, speakers


def test_an_increase_of_a_holding_is_a_gain():
    text = ("Fighting continues in the east.\n\n"
            "The map shows that Russia now controls 113,000 square kilometres of Ukraine, reflecting an increase of "
            "900 square kilometres in the two months up to June 28.")
    found = areas(text, datetime(2025, 6, 30))
    assert ("area_gained", "Russia", 900.0) in found
    assert ("area_controlled", "Russia", 900.0) not in found
    assert ("area_controlled", "Russia", 113000.0) in found


def test_control_secured_from_one_date_to_another_is_a_gain():
    text = ("Fighting continues in the east.\n\n"
            "The Russian defence ministry said that from January 1 to September 25 its forces had secured control of "
            "4,700 square kilometres of territory.")
    assert areas(text, datetime(2025, 10, 8)) == {("area_gained", "Russia", 4700.0)}


def test_a_point_between_thousands_in_a_count_of_settlements():
    text = ("Fighting continues in the east.\n\n"
            "The Ukrainian army has liberated 1.017 settlements since the invasion began, the government said.")
    assert {v for _m, _c, v in areas(text, datetime(2022, 6, 3))} == {1017.0}


def test_the_military_department_is_the_defence_ministry():
    text = ("The Ministry of Defence of the Russian Federation decided to regroup its troops near Izium.\n\n"
            "\"In three days more than 2,000 enemy fighters were destroyed,\" the Russian military department noted.")
    assert speakers(text, datetime(2022, 9, 10)) == {"Russian Ministry of Defence"}


def test_playing_down_reports_of_a_fall_denies_it():
    text = ("Russian troops were seen in the streets, the mayor said.\n\n"
            "The government had earlier played down reports that Kherson had fallen into Russian hands.")
    assert {(p, c, st) for p, c, st, _cl in places(text, datetime(2022, 3, 3))} == {("Kherson", "Russia", "denied")}


def test_a_lower_case_title_between_a_possessive_and_a_name():
    text = ("Moscow said its forces had reached the city.\n\n"
            "Britain's armed forces minister James Heappey visited the region, saying the city was still held by "
            "Ukraine.\n\nNothing else was said.")
    assert quotes(text, datetime(2022, 2, 26)) == {("James Heappey", "the city was still held by Ukraine")}


def test_what_was_criticised_is_no_part_of_what_was_said():
    text = ("The talks ended without a deal.\n\n"
            "Foreign Minister Dmytro Kuleba criticised the plan, saying it rewarded the aggressor.\n\nNothing else.")
    assert quotes(text, datetime(2023, 5, 1)) == {("Dmytro Kuleba", "it rewarded the aggressor")}


def test_guard_a_denied_claim_keeps_its_reading():
    text = ("Fighting went on in the south.\n\n"
            "Russian President Vladimir Putin said on Sunday that the offensive had failed, but Secretary of State "
            "Antony Blinken denied the claim, saying the offensive was in its first phase.\n\nNothing else.")
    assert ("Vladimir Putin", "the offensive was in its first phase") not in quotes(text, datetime(2023, 6, 20))


def test_kyrylo_tymoshenko_in_his_russian_spelling():
    text = ("The army has freed many villages.\n\n"
            "Deputy Head of the Office of the President Kirill Timoshenko said that the army had de-occupied 1,054 "
            "settlements.")
    assert speakers(text, datetime(2022, 7, 29)) == {"Kyrylo Tymoshenko"}
