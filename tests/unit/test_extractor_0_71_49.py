"""Extractor 0.71.49 (after 0.71.48), in sentences of our own (each fails on 0.71.48 unless marked a guard): a figure
inside the claim a sentence calls untrue ("The information about the occupation of two settlements ... is not true")
is no area claim; a list item's other name introduced in brackets ("Dimitrov (known as Myrnohrad in Ukraine), A and
B") keeps the list."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers

DAY = datetime(2025, 8, 26)


def test_a_figure_in_an_untrue_report():
    text = "The information about the occupation of three settlements in Dnipropetrovsk region by Russians is not true."
    assert areas(text, DAY) == set()


def test_a_figure_in_a_report_told():
    # guard: the same figure told without the verdict is a claim
    text = "The General Staff said Russian forces occupied three settlements in Dnipropetrovsk region."
    assert {v for _m, _c, v in areas(text, DAY)} == {3.0}


def test_an_other_name_introduced_in_brackets():
    text = ("Russian troops captured Dimitrov (known as Myrnohrad in Ukraine), Rodynske and Hrodivka, the ministry "
            "said.")
    assert place_controllers(text, DAY) == {("Myrnohrad", "Russia"), ("Rodynske", "Russia"), ("Hrodivka", "Russia")}
