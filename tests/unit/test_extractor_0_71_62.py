"""Extractor 0.71.62 (after 0.71.61), in sentences of our own (each fails on 0.71.61 unless marked a guard): "according
to an official summary released by X" is X's; "A Russian defence ministry statement said" is the ministry's; a count
whose own list spans two oblasts is the whole front's; a search-and-destroy operation's ground is not taken; "N sq km
have fallen to Moscow" is Russia's gain; "Control over N settlements has been restored" is a gain."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, said

DAY = datetime(2025, 9, 22)


def test_according_to_a_summary_released_by_a_ministry():
    text = ("Russian troops have seized the village of Malynivka, according to an official summary released by the "
            "Russian Ministry of Defence.")
    assert [s for s, _q in said(text, DAY)] == ["Russian Ministry of Defence"]


def test_a_ministry_statement_with_its_country_and_kind():
    text = "A Russian defence ministry statement said Russian troops had seized the village of Piddubne."
    assert [s for s, _q in said(text, DAY)] == ["Russian Ministry of Defence"]


def test_a_count_whose_list_spans_two_oblasts():
    text = ("In the Berdiansk direction, the Tavria grouping liberated five settlements: Novodarivka, Levadne, "
            "Storozheve, Makarivka and Blahodatne.")
    assert ("settlements_gained", "Ukraine", "Ukraine", 5.0) in areas(text, DAY, region=True)


def test_a_count_whose_list_lies_in_one_oblast():
    # guard: a list inside one oblast gives that oblast
    text = "Russian forces took four villages: Novenke, Zhuravka, Veselivka and Basivka."
    assert areas(text, DAY, region=True) == {("settlements_gained", "Russia", "Sumy Oblast", 4.0)}


def test_ground_swept_by_a_search_and_destroy_operation():
    text = ("The general said a search-and-destroy operation against enemy forces had taken place over 3.4 sq km "
            "near Pokrovsk.")
    assert areas(text, DAY) == set()


def test_square_kilometres_fallen_to_moscow():
    text = "By the analysts' count, 3,900 square kilometres have fallen to Moscow so far this year."
    assert areas(text, DAY) == {("area_gained", "Russia", 3900.0)}


def test_control_over_settlements_restored():
    text = "Control over six settlements has been restored, the Ukrainian commander-in-chief said."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 6.0)}


def test_control_over_an_area_kept():
    # guard: control kept is a holding
    text = "Ukraine keeps control over 1,100 square kilometres of territory in the Kursk region."
    assert areas(text, DAY) == {("area_controlled", "Ukraine", 1100.0)}
