"""Extractor 0.71.192 (after 0.71.191), in sentences of our own (each fails on 0.71.191 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 3, 14)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action, c.stance) for c in extract(ArticleText("t", text, DAY)).place_claims}


def shares(text: str) -> set[tuple]:
    return {(c.controller, c.region, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims
            if c.metric == "territory_share"}


def test_a_definite_share_with_its_restrictive_relative():
    assert shares("Kyrylenko said that the 55 percent of Donetsk that is under Russian occupation is a disaster.") \
        == {("Russia", "Donetsk Oblast", 0.55)}


def test_a_quoted_definite_share_with_which_remains():
    assert shares('Rubio said both sides are fighting over "the 20% of the Donetsk region" which remains under '
                  'Ukrainian control.') == {("Ukraine", "Donetsk Oblast", 0.2)}


def test_guard_a_share_whose_relative_is_a_new_clause_is_no_holding():
    assert shares("Turnout reached 55 percent, which is under the expected level.") == set()


def test_a_town_the_occupiers_recently_left():
    assert places("The Russian occupiers are intensively shelling Kherson, which they recently left.") == {
        ("Kherson", "Ukraine", "withdrew", "asserted")}


def test_guard_civilians_who_left_a_town_are_no_army():
    assert places("Refugees returned to Irpin, which they left in March.") == set()


def test_yet_to_capture_is_not_captured():
    assert places("Although Russian forces have yet to capture Pokrovsk, the mine's operator halted work this week.") \
        == set()


def test_far_from_capturing_denies_it():
    assert places("The Russians are far from capturing the city of Bakhmut, and fighting goes on around the city "
                  "council.") == {("Bakhmut", "Russia", "captured", "denied")}


def test_an_infinitive_after_the_verbs_own_object_keeps_the_anaphor_off():
    assert places("The governor spoke about Enerhodar. We took measures to keep the city alive, Starukh said.") \
        == set()


def test_guard_the_anaphor_right_after_the_verb_is_its_object():
    assert ("Bakhmut", "Russia", "captured", "asserted") in places(
        "Ukraine fought for Bakhmut for months. Russian forces took the city in May.")


def test_a_relative_after_a_position_near_a_village_tells_of_the_position():
    assert places("Our troops destroyed a stronghold north of Nesteryanka, which had been held by Ukrainian forces for "
                  "two years, he said.") == set()


def test_guard_a_relative_after_the_village_itself_tells_of_it():
    assert ("Selydove", "Ukraine", "holds", "asserted") in places(
        "Russian troops reached the outskirts of Selydove, which had been held by Ukrainian forces.")
