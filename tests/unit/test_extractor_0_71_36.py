"""Extractor 0.71.36 (after 0.71.35), in sentences of our own (each fails on 0.71.35 unless marked a guard): each
item of a list in its own quotation ('"liberated the village of A in the X region" and "B in the Y region"') is
named; "claimed victories in the cities of A, B and C" claims their capture; "the Ukrainian forces were expelled from
the village of X" is the other side's capture; a telegraphic report ('"X liberated. Our defenders ..."') names its
place; "the Kherson (southern) region" stays a region (a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places

DAY = datetime(2024, 5, 27)


def test_each_item_in_its_own_quotation():
    text = ('Russia said on Monday its forces had taken two villages. The defence ministry said its troops had '
            '"liberated the village of Netailove in the Donetsk region" and "Ivanivka in the Kharkiv region."')
    assert {p for p, _c in place_controllers(text, DAY)} == {"Netailove", "Ivanivka"}


def test_claimed_victories_in_cities():
    text = "Russia claimed victories in the cities of Pokrovsk and Vovchansk, which Ukraine denied."
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {
        ("Pokrovsk", "Russia", "asserted"), ("Vovchansk", "Russia", "asserted"),
        ("Pokrovsk", "Russia", "denied"), ("Vovchansk", "Russia", "denied")}


def test_the_battle_for_a_city_is_no_victory_claimed():
    # guard: a victory in a battle names no place taken
    text = "Ukraine claimed victory in the battle for Kyiv in the spring of 2022."
    assert places(text, DAY) == set()


def test_forces_expelled_from_a_village_the_passive():
    text = ("The Russian high command reported that the Ukrainian forces were expelled from the village of "
            "Kamianske in the Zaporizhzhia region.")
    assert place_controllers(text, DAY) == {("Kamianske", "Russia")}


def test_a_telegraphic_report():
    text = 'In a Telegram post, Hanna Maliar wrote: "Urozhaine liberated. Our defenders are consolidating."'
    assert place_controllers(text, DAY) == {("Urozhaine", "Ukraine")}


def test_a_region_with_a_parenthesis():
    # guard: the region read through its parenthesis, now that "claims victory in" is a cue
    text = "It claims victory in the Kherson (southern) region on the border with Crimea."
    assert places(text, DAY) == set()
