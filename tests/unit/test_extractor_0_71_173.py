"""Extractor 0.71.173 (after 0.71.172), in sentences of our own (each fails on 0.71.172 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 3, 20)


def claims(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_the_subject_of_a_when_clause_seized_what_its_second_verb_tells():
    text = ("Russian troops have fought in the Kursk region since August, when Kyiv stunned Moscow with a raid and "
            "subsequently seized 90 villages.")
    assert claims(text) == {("settlements_controlled", "Ukraine", "Kursk Oblast", 90.0)}


def test_a_country_after_from_is_the_loser_not_the_region():
    text = ("Moscow says it has retaken three villages from Ukraine in the Kursk region. It has retaken three villages "
            "from Ukraine.")
    assert claims(text) == {("settlements_gained", "Russia", "Kursk Oblast", 3.0)}


def test_a_count_including_a_known_town_lies_in_that_towns_oblast():
    text = "Officials say the armed forces of Ukraine hold nearly 80 settlements, including the town of Sudzha."
    assert ("settlements_controlled", "Ukraine", "Kursk Oblast", 80.0) in claims(text)


def test_a_share_after_a_dash_sums_up_the_regions_held_before_it():
    text = ("Russia now occupies Crimea and parts of the Donetsk, Luhansk and Kherson regions – about a fifth of "
            "Ukraine's land.")
    assert ("territory_share", "Russia", "Ukraine", 0.2) in claims(text)


def test_guard_a_share_of_people_after_a_dash_is_no_holding():
    text = ("Some 60,000 people live in Kramatorsk and Sloviansk in the Donetsk region – less than half their pre-war "
            "population.")
    assert claims(text) == set()


def test_an_alleged_ability_to_advance_is_no_advance():
    assert claims("Moscow's propaganda speaks of its ability to advance as far as 40 kilometers.") == set()


def test_territory_inside_a_city_named_for_its_region_is_no_claim_on_the_city():
    assert places("Russia has retaken a swathe of territory inside Kursk in recent weeks.") == set()


def test_statements_about_a_capture_called_provocations_deny_it():
    text = "Russian reports about the capture of Kupiansk are informational provocations, the General Staff said."
    assert ("Kupiansk", "Russia", "denied") in places(text)


def test_a_withdrawal_a_side_is_set_to_make_has_not_happened():
    assert places("Ukraine is set to pull its troops out of the city of Sievierodonetsk, the governor said.") == set()


def test_a_liberation_that_opens_a_sentence_is_not_the_object_sides():
    text = "The liberation of Lyman has left the Kremlin embarrassed."
    assert places(text) == {("Lyman", "Ukraine", "asserted")}
