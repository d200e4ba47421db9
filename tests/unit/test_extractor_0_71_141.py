"""Extractor 0.71.141 (after 0.71.140), in sentences of our own (each fails on 0.71.140 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said


def test_a_control_noun_measured_from_one_share_to_another_gives_both_holdings():
    text = "Moscow's control of Ukrainian land has grown from 16.8% in March 2023 to 18.1% as of 31 March 2025."
    assert areas(text, datetime(2025, 4, 2)) == {("territory_share", "Russia", 0.168),
                                                 ("territory_share", "Russia", 0.181)}


def test_a_share_of_which_is_of_the_region_named_before_it():
    text = ("The fighting is centred on the last towns of the Donetsk region, 70 per cent of which is under Russian "
            "and separatist control, officials said.")
    assert areas(text, datetime(2023, 2, 1), region=True) == {("territory_share", "Russia", "Donetsk Oblast", 0.7)}


def test_a_share_of_which_after_a_noun_that_is_no_land_is_no_claim():
    text = "The region's budget, 70 per cent of which is under Russian control, was cut again."
    assert areas(text, datetime(2023, 2, 1)) == set()    # guard


def test_ground_won_is_ground_gained():
    text = "Russian troops won about 520 square kilometres of Ukrainian land in March, the analysts said."
    assert areas(text, datetime(2025, 4, 2)) == {("area_gained", "Russia", 520.0)}


def test_a_share_of_minerals_is_no_territory():
    text = "Officials said Washington proposed taking 50% of Ukraine's critical minerals under the deal."
    assert areas(text, datetime(2025, 2, 20)) == set()


def test_no_question_of_a_sides_control_denies_it():
    text = ("\"There is no question of Russian control over the town of Kostiantynivka,\" the army's commander "
            "Oleksandr Syrskyi said.")
    assert places(text, datetime(2025, 12, 1)) == {("Kostiantynivka", "Russia", "denied", "Oleksandr Syrskyi")}


def test_an_outlets_unnamed_sources_are_no_speaker():
    text = ("According to Ukrainska Pravda's sources in the General Staff, the brigade is pulling back to new "
            "positions near the town.")
    assert said(text, datetime(2024, 2, 15)) == []


def test_a_speaker_relayed_by_an_outlet_citing_another_is_the_speaker():
    text = ("Interfax-Ukraine reports, referencing Anadolu, Turkish Foreign Minister Hakan Fidan said that the two "
            "sides had agreed to resume talks in Istanbul.")
    assert {speaker for speaker, _ in said(text, datetime(2025, 5, 20))} == {"Hakan Fidan"}


def test_a_share_in_a_sides_hands_is_its_holding():
    text = "The regional governor said only 8% of the region now remained in Ukrainian hands."
    assert areas(text, datetime(2022, 6, 1)) == {("territory_share", "Ukraine", 0.08)}


def test_fighting_that_took_place_near_villages_takes_none_of_them():
    text = ("\"Over the past day the heaviest fighting took place in the area of Synkivka and Petropavlivka,\" the "
            "spokesman of the eastern command, Serhii Cherevatyi, said.")
    assert places(text, datetime(2023, 8, 14)) == set()


def test_a_battle_against_an_army_to_take_a_city_is_an_aim():
    text = ("For weeks the Russian army fought a bloody battle against the Armed Forces of Ukraine to take "
            "Avdiivka, the report said.")
    assert places(text, datetime(2024, 1, 20)) == set()
