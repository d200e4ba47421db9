"""Extractor 0.71.114 (after 0.71.113), in sentences of our own (each fails on 0.71.113 unless marked a guard).

The comma inside a figure ends no relative clause ("who said that the entire 10,000-square-metre site ..."); "Ukraine's
air defence" is the Air Force; a settlement's share told as a degree ("had been liberated and 90 percent cleared") is
no region's share; a credit line may name its source and then its relay; the subject of two coordinated verbs after
a frame's "that" is the clause's, not the frame's speaker's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, quotes, speakers


def test_a_comma_inside_a_figure_ends_no_relative_clause():
    text = ("The mall was hit on Saturday.\n\n"
            "The strike was confirmed by Volodymyr Zelensky, who said that the entire 10,000-square-metre site had "
            "burned, but that crews were fighting the fire.")
    assert quotes(text, datetime(2024, 5, 26)) == {("Volodymyr Zelensky", "the entire 10,000-square-metre site had "
                                                                           "burned")}


def test_ukraines_air_defence_is_the_air_force():
    text = ("Drones attacked overnight.\n\n"
            "Ukraine's air defence says it shot down 24 of 27 Russian drones in an overnight attack.")
    assert speakers(text, datetime(2024, 4, 20)) == {"Ukrainian Air Force"}


def test_a_settlements_share_told_as_a_degree_is_no_regions_share():
    text = ("The official spoke on November 10.\n\n"
            "Denis Pushilin stated that the settlement of Pavlovka in the Donetsk People's Republic had been "
            "liberated and 90 percent cleared.")
    assert areas(text, datetime(2022, 11, 21)) == set()


def test_guard_a_regions_share_told_as_a_degree():
    text = ("The official spoke on Sunday.\n\n"
            "Leonid Pasechnik said the territory of the Luhansk People's Republic has been 100% liberated.")
    assert areas(text, datetime(2022, 7, 4)) == {("territory_share", "Russia", 1.0)}


def test_a_credit_line_with_its_source_and_its_relay():
    text = ("The Ukrainian army has liberated the village of Ruska Lozova in the Kharkiv region.\n\n"
            "The Main Intelligence Directorate of Ukraine's Ministry of Defense reported this on Telegram, with "
            "reference to journalist Denys Kazansky, Ukrinform reports.\n\nNothing else.")
    assert speakers(text, datetime(2022, 4, 29)) == {"Ukrainian Defence Intelligence (HUR)"}


def test_the_subject_of_coordinated_verbs_after_a_frames_that():
    text = ("Fighting continues.\n\n"
            "Ukrainian journalist Yuriy Butusov has claimed that Russian forces have crossed the border into the "
            "Kharkiv region and seized four border settlements.\n\nNothing else.")
    assert areas(text, datetime(2024, 5, 11)) == {("settlements_gained", "Russia", 4.0)}
