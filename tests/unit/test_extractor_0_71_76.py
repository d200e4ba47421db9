"""Extractor 0.71.76 (after 0.71.75), in sentences of our own (each fails on 0.71.75 unless marked a guard): a figure
whose clause lists three or more places lying in two oblasts is the country's figure, whichever oblast the last place
lies in."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2023, 6, 19)


def test_a_figure_after_a_list_across_two_oblasts():
    text = ("Hanna Maliar said the troops have so far liberated Storozheve, Blahodatne, Lobkove and Piatykhatky, and "
            "recaptured an area of 100 square kilometers.")
    assert areas(text, DAY, region=True) == {("area_gained", "Ukraine", "Ukraine", 100.0)}


def test_a_figure_after_a_list_in_one_oblast():
    # guard: the places all lie in Donetsk Oblast
    text = ("Hanna Maliar said the troops have liberated Storozheve, Makarivka and Blahodatne, and recaptured an area "
            "of 20 square kilometers.")
    assert areas(text, DAY, region=True) == {("area_gained", "Ukraine", "Donetsk Oblast", 20.0)}
