"""Extractor 0.71.142 (after 0.71.141), in sentences of our own (each fails on 0.71.141 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said


def test_a_share_of_his_country_is_of_ukraine_whatever_region_came_before():
    text = ("Fighting went on around Avdiivka in the Donetsk region on Friday.\n\n"
            "Ukraine's president Volodymyr Zelensky says Russia now holds 18 percent of his country.")
    assert areas(text, datetime(2023, 3, 1), region=True) == {("territory_share", "Russia", "Ukraine", 0.18)}


def test_the_last_holdout_of_a_side_is_its_place():
    text = "Russian artillery pounded Lysychansk, the last Ukrainian holdout in the Luhansk region, all night."
    assert places(text, datetime(2022, 6, 30)) == {("Lysychansk", "Ukraine", "asserted", None)}


def test_a_place_that_was_is_and_will_be_a_sides_is_held_by_it():
    text = "\"Bakhmut was, is and will be Ukrainian,\" President Volodymyr Zelensky said in his evening address."
    assert places(text, datetime(2023, 1, 11)) == {("Bakhmut", "Ukraine", "asserted", "Volodymyr Zelensky")}


def test_an_outlet_citing_a_named_speaker_at_the_end_passes_on_his_words():
    text = "The village of Kurdiumivka has been cleared of Ukrainian units, the TASS agency cited Denis Pushilin."
    assert said(text, datetime(2023, 9, 20)) == [("Denis Pushilin",
                                                  "The village of Kurdiumivka has been cleared of Ukrainian units")]


def test_an_outlet_citing_someone_it_does_not_name_is_no_speaker():
    text = "The talks did not touch on a ceasefire plan, Reuters cited the mediator on Monday."
    assert said(text, datetime(2023, 7, 3)) == []


def test_as_saying_with_a_time_after_it_takes_the_quote_before():
    text = ("\"The encirclement of the town is complete,\" Russian news agencies reported Wagner chief Yevgeny "
            "Prigozhin as saying late on Tuesday.")
    assert [speaker for speaker, quote in said(text, datetime(2023, 1, 11)) if "encirclement" in quote] == \
        ["Yevgeny Prigozhin"]
