"""Extractor 0.71.197 (after 0.71.196), in sentences of our own (each fails on 0.71.196 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_under_russian_rule_is_held():
    assert places("Life in Melitopol under Russian rule has changed.") == {("Melitopol", "Russia", "holds")}


def test_guard_rule_of_law_is_no_holding():
    assert places("Lawyers in Kyiv discussed the rule of law.") == set()


def test_among_the_areas_under_control_are_the_villages_after_the_verb():
    assert places("Among the areas now fully under Russian control are the villages of Andriivka and "
                  "Kostiantynopil.") == {("Andriivka", "Russia", "holds"), ("Kostiantynopil", "Russia", "holds")}


def test_a_pronoun_object_keeps_the_places_after_it_out():
    assert places("After capturing it, the Russian army can push on towards cities such as Kramatorsk and "
                  "Sloviansk.") == set()


def test_guard_capturing_named_cities_still_takes_them():
    assert places("After capturing Lyman, the Russian army pushed on.") == {("Lyman", "Russia", "captured")}


def test_a_city_with_its_kind_word_then_the_participle():
    assert places("Across the river is Kherson city, liberated from Russian occupation in November 2022.") == {
        ("Kherson", "Ukraine", "liberated")}
