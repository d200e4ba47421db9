"""Extractor 0.71.174 (after 0.71.173), in sentences of our own (each fails on 0.71.173 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 9)


def said(text: str, day: datetime = DAY) -> list[str]:
    return [s.speaker for s in extract(ArticleText("t", text, day)).statements]


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_an_aide_to_a_countrys_president_is_not_the_president():
    assert said("An aide to Russian President Vladimir Putin said the talks would resume next week.") == []


def test_guard_the_president_himself_still_speaks():
    assert said("Russian President Vladimir Putin said the talks would resume next week.") == ["Vladimir Putin"]


def test_a_backtick_before_s_is_an_apostrophe():
    text = ("Ukrainian troops have retaken four villages, the BBC reported citing Ukraine`s Deputy Defence Minister "
            "Hanna Maliar.")
    assert said(text) == ["Hanna Maliar"]


def test_the_uk_defence_secretary_of_the_day_speaks():
    assert said("Russia is losing the war, according to the UK's defence secretary.") == ["Ben Wallace"]


def test_the_uk_foreign_secretary_of_the_day_speaks():
    text = "Britain's foreign secretary said the sanctions would stay."
    assert said(text, datetime(2024, 2, 1)) == ["David Cameron"]


def test_the_settlement_is_the_place_the_sentence_before_claimed_not_its_locator():
    text = ("Moscow said it had taken the village of Zhovte, south of Pokrovsk. The defence ministry said the "
            "settlement had been seized after heavy fighting.")
    assert {p for p, _, _ in places(text)} == {"Zhovte"}


def test_a_liberation_under_a_times_possessive_opens_its_sentence():
    text = ("Russian troops entered the village of Pobeda, the Russian defence ministry said. This month's "
            "liberation of Avdiivka has left the Ukrainian army in retreat.")
    assert ("Avdiivka", "Russia", None) in places(text)
