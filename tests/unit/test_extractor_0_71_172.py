"""Extractor 0.71.172 (after 0.71.171), in sentences of our own (each fails on 0.71.171 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 10, 7)


def quotes(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_bare_time_phrase_before_that_is_no_part_of_the_reported_clause():
    text = "The Russian defence ministry claimed the day before that its troops had entered the village."
    assert quotes(text) == [("Russian Ministry of Defence", "its troops had entered the village.")]


def test_a_time_phrase_counted_back_before_that():
    text = "Zelensky said two days ago that the brigade had held its positions."
    assert quotes(text) == [("Volodymyr Zelensky", "the brigade had held its positions.")]


def test_a_time_phrase_placed_by_previous_before_that():
    text = "Putin said the previous evening that the talks would go on."
    assert quotes(text) == [("Vladimir Putin", "the talks would go on.")]


def test_guard_a_relative_clause_after_a_time_noun_stays_in_the_clause():
    text = "Zelensky said the day that the dam burst was the darkest of the war."
    assert quotes(text) == [("Volodymyr Zelensky", "the day that the dam burst was the darkest of the war.")]


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance) for c in extract(ArticleText("t", text, DAY)).place_claims}


def shares(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_doubts_about_a_sides_ability_to_capture_towns_claim_nothing():
    assert places("Analysts doubt Moscow's ability to capture Kramatorsk and Sloviansk before winter.") == set()


def test_counting_on_capturing_a_city_is_no_capture():
    assert places("The new recruits will not let Russia count on capturing the city of Kharkiv soon.") == set()


def test_forests_named_after_a_town_are_not_the_town():
    text = "Russian forces took key points in the Kreminna forests, which are occupied by Ukrainian troops."
    assert places(text) == set()


def test_a_town_that_is_seventy_percent_controlled_gives_no_share_and_no_place_claim():
    text = "The town of Vovchansk in the north of Kharkiv region is 70% controlled by Ukrainian forces."
    assert (shares(text), places(text)) == (set(), set())


def test_a_headline_holding_with_its_share_after_the_holder():
    text = "Vovchansk under control of the Ukrainian army by 60%"
    assert (shares(text), places(text)) == (set(), set())


def test_a_towns_share_after_a_comma_is_no_place_claim():
    text = "The defence forces control the town of Vovchansk, about 70 percent, the spokesman said."
    assert places(text) == set()


def test_guard_a_town_held_whole_is_still_a_place_claim():
    text = "The defence forces control the town of Vovchansk, the spokesman said."
    assert places(text) == {("Vovchansk", "Ukraine", "asserted")}
