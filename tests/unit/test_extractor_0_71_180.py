"""Extractor 0.71.180 (after 0.71.179), in sentences of our own (each fails on 0.71.179 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 5, 14)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_second_predicate_after_but_belongs_to_the_place_that_opens_the_sentence():
    text = "Kupiansk lies on the Oskil river \u2014 but despite months of shelling remains in Ukrainian hands."
    assert places(text) == {("Kupiansk", "Ukraine", "holds")}


def test_a_second_predicate_after_and_past_a_place_that_only_locates_the_first():
    text = "Kostiantynivka, a rail hub, lies about 20 km west of Bakhmut and has remained under Ukrainian control."
    assert places(text) == {("Kostiantynivka", "Ukraine", "holds")}


def test_places_secured_from_shelling_are_not_taken():
    text = "The advance would push the front back, securing Horlivka and Makiivka from shelling, Pushilin said."
    assert places(text) == set()


def test_guard_a_place_secured_by_troops_is_taken():
    text = "Russian troops secured Yasynuvata on Monday, the ministry said."
    assert places(text) == {("Yasynuvata", "Russia", "captured")}
