"""Extractor 0.71.198 (after 0.71.197), in sentences of our own (each fails on 0.71.197 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_side_that_said_it_was_withdrawing_withdrew():
    assert places("Moscow said it was withdrawing its troops from Kupiansk.") == {("Kupiansk", "Ukraine", "withdrew")}


def test_guard_the_illusion_of_leaving_is_no_withdrawal():
    assert places("The occupiers only create the illusion that they are leaving Nova Kakhovka, the army said.") == set()


def test_forced_to_abandon_is_done():
    assert places("The counteroffensive forced Russian troops to abandon Balakliia.") == {
        ("Balakliia", "Ukraine", "withdrew")}


def test_guard_aiming_to_force_a_withdrawal_is_not_done():
    assert places("The offensive aims to force Russian troops to withdraw from Balakliia.") == set()


def test_abandoning_a_plural_names_its_examples():
    assert places("Russian troops abandoned several towns, including Balakliia and Shevchenkove.") == {
        ("Balakliia", "Ukraine", "withdrew"), ("Shevchenkove", "Ukraine", "withdrew")}


def test_guard_civilians_leaving_villages_is_no_withdrawal():
    assert places("Civilians left many villages such as Shevchenkove.") == set()
