"""Extractor 0.70.69, in sentences of our own (each case fails on 0.70.68): a title led by its region's name ("the
Kharkiv region governor X said") still leaves the clause before it as the content; in wire copy wrapped to one width,
a capital after a line break continues the sentence; a wire dateline without its city ("Mar 3 (Reuters) -") after the page's metadata
date is no part of the words; "nobody has captured X" denies the other side's capture."""
from __future__ import annotations

from tests.unit.extraction_helpers import places, speaker_quotes


def test_a_title_led_by_its_regions_name_leaves_the_clause_before_as_the_content():
    text = "The bridge over the river was hit twice overnight, the Kharkiv region governor Petro Marchenko said on Monday."
    assert speaker_quotes(text) == {("Petro Marchenko", "The bridge over the river was hit twice overnight")}


def test_a_capital_after_a_break_in_wire_copy_wrapped_to_one_width_continues_the_sentence():
    text = ("Ukrainian troops pushed the enemy back from two positions\n"
            "near the river this week, the regional governor\n"
            "Petro Marchenko said in a televised address on Sunday\n"
            "evening, while shelling of the city continued daily.\n"
            "Officials in the city asked residents to stay in shelters\n"
            "during the air raid alerts that sounded several times.\n")
    assert any(s == "Petro Marchenko" and q.startswith("Ukrainian troops pushed the enemy back from two positions near "
                                                       "the river this week") for s, q in speaker_quotes(text))


def test_a_wire_dateline_without_its_city_is_no_part_of_the_words():
    # (after the page's metadata date, as the stored excerpts open)
    text = " date 2024-03-03 Mar 3 (Reuters) - The bridge over the river was hit twice overnight, Governor Petro Marchenko said."
    assert speaker_quotes(text) == {("Petro Marchenko", "The bridge over the river was hit twice overnight")}


def test_nobody_has_captured_denies_the_other_sides_capture():
    text = '"Our units hold their lines, nobody has captured Siversk," the Ukrainian military spokesman Ivan Petrenko said.'
    assert places(text) == {("Siversk", "Russia", "denied", "Ivan Petrenko")}
