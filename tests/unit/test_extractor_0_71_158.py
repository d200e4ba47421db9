"""Extractor 0.71.158 (after 0.71.157), in sentences of our own (each fails on 0.71.157 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places

DAY = datetime(2024, 8, 12)


def test_they_in_a_credited_sentence_is_the_subject_of_the_sentence_before():
    text = ("Russian troops captured the village of Bilohorivka in Luhansk oblast. The day before, they captured "
            "Toshkivka and Pidlisne. This was announced by the head of the Oblast Military Administration Serhiy "
            "Haidai.")
    assert ("Toshkivka", "Russia", "asserted", "Serhiy Haidai") in places(text, DAY)


def test_a_unit_of_a_side_named_before_its_object_took_the_place_of_the_second_verb():
    text = ("The ministry said the Centre group of Russian troops had crushed a large Ukrainian force and liberated "
            "the village of Prohres.")
    assert places(text, DAY) == {("Prohres", "Russia", "asserted", None)}


def test_holding_back_an_assault_is_no_holding_of_the_town():
    text = "In Avdiivka, the Armed Forces of Ukraine were holding back the assault of the Russian army."
    assert places(text, DAY) == set()


def test_officials_leaving_towns_is_no_withdrawal():
    text = ("The Russian occupation authorities are leaving the settlements of the occupied part of Kherson region: "
            "Oleshky, Hola Prystan and Skadovsk, the General Staff said.")
    # (the list of the occupied part's settlements says who holds them, since 0.71.201; no withdrawal from them)
    assert {c for _, c, _, _ in places(text, DAY)} <= {"Russia"}


def test_troops_leaving_a_village_is_still_a_withdrawal():
    text = "Russian troops are leaving the village of Dudchany, the General Staff said."
    assert {(p, c) for p, c, _, _ in places(text, DAY)} == {("Dudchany", "Ukraine")}     # guard


def test_a_plural_subjects_present_in_a_headline_is_the_running_total_in_kursk():
    text = "Ukrainian Forces capture 28 settlements in Russia's Kursk region: acting governor reports to Putin"
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 28.0)}


def test_the_side_whose_progress_a_total_adds_to_made_it():
    text = ("The latest gains add to Russia's autumn offensive progress, totaling 900 square kilometers since Sept. 1, "
            "according to DeepState data.")
    assert areas(text, DAY) == {("area_gained", "Russia", 900.0)}
