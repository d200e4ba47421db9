"""Extractor 0.71.74 (after 0.71.73), in sentences of our own (each fails on 0.71.73): a gain's noun with its
participle and year before the dash that sets off its figure; an area that "remains under" a side's control after a
clause about gains; "repelled advances in N areas" counts no places taken; "half of the land that Russia initially
seized" is a share of Ukraine's seized land, whatever oblast the text named before; "restored the state flag of
Ukraine in A, B and C" claims each place."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers

DAY = datetime(2024, 1, 8)


def test_a_gain_s_noun_with_its_year_before_the_dash():
    text = "Russia's territorial gains achieved in 2023 \u2014 about 3,500 square kilometers \u2014 came at a high cost."
    assert areas(text, DAY) == {("area_gained", "Russia", 3500.0)}


def test_an_area_that_remains_under_a_side_s_control():
    text = "Despite these gains, in the Luhansk region alone, roughly 900 square kilometers remain under Ukrainian control."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 900.0)}


def test_advances_repelled_in_n_areas():
    text = "The Russian Defence Ministry said it had repelled Ukrainian advances in six areas of the Belgorod region."
    assert areas(text, DAY) == set()


def test_half_of_the_land_russia_initially_seized():
    text = ("Drones attacked the port of Odesa overnight. Ukraine has so far taken back about half of the land that "
            "Russia initially seized, the secretary of state said.")
    assert areas(text, DAY, region=True) == {("territory_share", "Ukraine", "Ukraine", 0.5)}


def test_the_state_flag_restored_in_a_list():
    text = ("\u201cOur units liberated and restored the state flag of Ukraine in Khreshchenivka, Zolota Balka and "
            "Biliaivka,\u201d the command said.")
    assert place_controllers(text, DAY) == {("Khreshchenivka", "Ukraine"), ("Zolota Balka", "Ukraine"),
                                            ("Biliaivka", "Ukraine")}
