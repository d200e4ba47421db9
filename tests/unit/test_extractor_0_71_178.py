"""Extractor 0.71.178 (after 0.71.177), in sentences of our own (each fails on 0.71.177 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.furniture import mask_furniture

DAY = datetime(2022, 11, 11)


def run(text: str):
    return extract(ArticleText("t", text, DAY))


def test_the_settlement_after_a_settlement_in_its_sentence_is_that_one_not_a_place_named_before():
    text = ("Ukrainian troops entered Kherson on Friday. Hanna Maliar said a settlement counts as liberated only when "
            "the troops secure the settlement.")
    assert [c.place for c in run(text).place_claims if c.claimant == "Hanna Maliar"] == []


def test_a_sites_menu_gives_no_speaker():
    text = ("\u2022 Start Page\n\u2022 Sport\n\u2022 Weather\n\u2022 Finance\n\u2022 Your Privacy\n"
            "Residents were told to take Russian passports. The only way to survive was to become Russian, she said.")
    assert [s.speaker for s in run(text).statements] == []


def test_a_section_label_over_the_story_is_no_speaker():
    text = "News Feed\n\nPartisans set fire to a signal cabinet on a railway line, the group claimed."
    assert [s.speaker for s in run(text).statements] != ["News Feed"]


def test_guard_a_list_announced_by_a_colon_is_content():
    text = ("Maliar said Ukrainian forces had liberated these villages:\n\u2022 Novodarivka\n\u2022 Levadne\n"
            "\u2022 Storozheve\n\u2022 Makarivka\n\u2022 Blahodatne")
    assert mask_furniture(text) == text
