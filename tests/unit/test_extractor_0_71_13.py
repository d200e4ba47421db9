"""Extractor 0.71.13 (after 0.71.12), in sentences of our own (each fails on 0.71.12 unless marked a guard): "The
Finnish leader said" after "Finland's president, Alexander Stubb, has said" is Stubb (a country's adjective opens a
description as its name does, and a country's title set before a name qualifies the person)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, statements


def test_the_countrys_adjective_and_another_word_for_the_office():
    text = ("Finland's president, Alexander Stubb, has said new guarantees would deter Moscow. "
            "The Finnish leader said he and Trump remain in frequent contact.")
    assert {s for s, _t, _q in statements(text)} == {"Alexander Stubb"}


def test_another_countrys_leader_is_not_him():
    # guard: "the Swedish leader" is not the Finnish president named before
    text = ("Finland's president, Alexander Stubb, has said new guarantees would deter Moscow. "
            "The Swedish leader said the Baltic is safe.")
    found = statements(text)
    assert any("Baltic" in q for _s, _t, q in found)
    assert "Alexander Stubb" not in {s for s, _t, q in found if "Baltic" in q}


def test_ground_freed_in_a_russian_region_goes_back_to_russia():
    text = ("Ukrainian troops invaded the Kursk region in August 2024. "
            "Over a short period, more than 1,100 square kilometers of territory in the Kursk region were freed.")
    assert areas(text, region=True) == {("area_gained", "Russia", "Kursk Oblast", 1100.0)}


def test_ground_freed_in_a_ukrainian_region_goes_back_to_ukraine():
    # guard: with nobody's side named, ground freed in Ukraine is Ukraine's
    text = "Over a short period, more than 1,100 square kilometers of territory in the Kharkiv region were freed."
    assert areas(text, region=True) == {("area_gained", "Ukraine", "Kharkiv Oblast", 1100.0)}


def test_a_figure_freed_including_several_villages_such_as():
    text = ("In the Kursk region, more than 1,100 square kilometers of territory were freed, including several villages "
            "such as Malaya Loknya, Staraya Sorochina and Martynovka.")
    assert {p for p, _c, _s, _cl in places(text, datetime(2025, 4, 5))} == {
        "Malaya Loknya", "Staraya Sorochina", "Martynovka"}
