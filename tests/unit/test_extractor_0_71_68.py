"""Extractor 0.71.68 (after 0.71.67), in sentences of our own (each fails on 0.71.67 unless marked a guard): a figure
seized by "Ukrainian forces in Russia" lies in the Russian oblast the article names; "raised the national flag of
Ukraine over the villages of A and B" is the flag's country's, over each of them."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers

DAY = datetime(2024, 8, 14)


def test_a_figure_seized_by_ukrainian_forces_in_russia():
    text = ("Ukrainian troops in Russia have taken about 400 square miles of territory, the commander said. "
            "Tens of thousands of residents have left the Kursk border region.")
    assert {(c, r) for _m, c, r, _v in areas(text, DAY, region=True)} == {("Ukraine", "Kursk Oblast")}


def test_a_flag_of_ukraine_over_two_villages():
    text = "The soldiers raised the national flag of Ukraine over the villages of Nevske and Ivanivka."
    assert place_controllers(text, DAY) == {("Nevske", "Ukraine"), ("Ivanivka", "Ukraine")}


def test_the_russian_flag_over_a_village():
    # guard: the adjective's flag is the adjective's country's
    text = "The fighters raised the Russian flag over the village of Nevske, the channel showed."
    assert place_controllers(text, DAY) == {("Nevske", "Russia")}
