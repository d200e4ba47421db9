"""Extractor 0.71.157 (after 0.71.156), in sentences of our own (each fails on 0.71.156 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, run

DAY = datetime(2024, 4, 11)


def speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in run(text, DAY).statements]


def test_the_press_service_alone_is_the_body_the_article_named():
    text = ("The press service of Ukrhydroenergo reported the strike on Telegram. \"The station is badly damaged,\" "
            "the press service said.")
    assert ("Ukrhydroenergo", "The station is badly damaged") in speakers(text)


def test_a_credit_line_after_a_relay_and_its_sources_credits_the_sentence_before():
    text = ("Six villages have already been cleared in the Huliaipole direction. According to Ukrinform, citing "
            "Suspilne and \"RBC\", this was announced by Ukrainian President Volodymyr Zelensky at a briefing.")
    assert speakers(text) == [("Volodymyr Zelensky",
                               "Six villages have already been cleared in the Huliaipole direction.")]


def test_users_of_a_network_are_no_speaker():
    text = "Users note that the blast happened at the Kurakhove TPP after a missile strike."
    assert speakers(text) == []


def test_a_power_station_named_after_a_town_is_not_the_town():
    text = "On July 25, 2022, Russian troops occupied the Kurakhove TPP in the Donetsk region."
    assert places(text, DAY) == set()


def test_the_town_itself_is_still_a_place():
    text = "On July 25, 2022, Russian troops occupied Svitlodarsk in the Donetsk region."
    assert places(text, DAY) == {("Svitlodarsk", "Russia", "asserted", None)}     # guard


def test_an_abbreviation_is_no_settlement():
    text = "Staff at the Russian-occupied ZNPP were pressed to sign contracts with Rosatom."
    assert places(text, DAY) == set()


def test_a_regional_capital_named_to_tell_the_region_is_not_the_claims_place():
    text = "Much of the region, whose capital is Kherson, was under Russian occupation in March."
    assert places(text, DAY) == set()


def test_the_priority_of_recapturing_a_town_is_an_aim():
    text = "Officials have long talked up the priority of recapturing Melitopol, a key rail hub in the south."
    assert places(text, DAY) == set()
