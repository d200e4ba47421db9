"""Extractor 0.71.220 (after 0.71.219), in sentences of our own (each fails on 0.71.219 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 10, 5)


def places(text: str) -> list[tuple[str, str, str]]:
    return [(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims]


def test_a_participle_coordinated_before_the_capture_shares_its_passive():
    assert places("A year ago the city of Mariupol was besieged and captured by Russian forces.") == [
        ("Mariupol", "Russia", "captured")]


def test_wagner_alone_is_moscow_s_side_taking_a_town():
    assert places("Wagner captured Soledar in January after weeks of fighting.") == [
        ("Soledar", "Russia", "captured")]


def test_a_town_that_succumbed_to_a_side_fell_to_it():
    assert places("Sievierodonetsk and Lysychansk succumbed to Russian forces in the summer.") == [
        ("Sievierodonetsk", "Russia", "captured"), ("Lysychansk", "Russia", "captured")]


def test_guard_a_soldier_who_succumbed_to_his_wounds_took_no_town():
    assert places("A soldier succumbed to his wounds in a hospital in Bakhmut.") == []
