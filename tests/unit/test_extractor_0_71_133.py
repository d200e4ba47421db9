"""Extractor 0.71.133 (after 0.71.132), in sentences of our own (each fails on 0.71.132 unless marked a guard).

An official's "their advance" is the enemy's; a town's share written "(around 7%)" or "7% in <town>"; a family's way to
a town is no advance and no captured place; "the head of <a named body>" nobody named speaks for the body; a byline is
no statement."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run, speakers


def test_their_advance_in_an_officials_quote_is_the_enemys():
    text = '"The deepest point of their advance is 8 kilometers," Volodymyr Zelensky said.'
    assert areas(text, datetime(2024, 5, 17)) == {("advance_depth", "Russia", 8.0)}


def test_our_advance_stays_the_speakers():
    # (a guard)
    text = '"The deepest point of our advance is 8 kilometers," Volodymyr Zelensky said.'
    assert areas(text, datetime(2024, 5, 17)) == {("advance_depth", "Ukraine", 8.0)}


def test_a_towns_share_in_brackets_is_no_area_claim():
    text = "The analysts found only a limited Russian presence in parts of Huliaipole (around 6.5%) and Lyman (around 3%)."
    assert areas(text, datetime(2025, 12, 25)) == set()


def test_a_share_in_a_town_is_no_area_claim():
    text = "Bloggers put Russian control at roughly 8% in Lyman and 12% in Kostiantynivka."
    assert areas(text, datetime(2025, 12, 25)) == set()


def test_a_share_in_a_region_stays_a_claim():
    # (a guard)
    text = "Russia now controls 98% in Luhansk, the ministry said."
    assert areas(text, datetime(2025, 12, 25), region=True) == {("territory_share", "Russia", "Luhansk Oblast", 0.98)}


def test_a_familys_way_to_a_town_is_no_advance_and_no_capture():
    text = ("When Russian troops seized the area in March 2022, Olena and her husband moved 60km west to the port city "
            "of Mykolaiv.")
    extraction = run(text, datetime(2025, 12, 17))
    assert extraction.area_claims == [] and extraction.place_claims == []


def test_the_head_of_a_named_body_nobody_named_speaks_for_it():
    text = ("Sergei Lavrov spoke in Moscow on Thursday. The head of the International Committee of the Red Cross called "
            "for all fighting near the plant to stop.")
    assert speakers(text, datetime(2022, 9, 2)) == {"International Committee of the Red Cross"}


def test_the_head_of_a_body_named_before_is_that_person():
    # (a guard: the office holder the seeds know)
    text = "Rafael Grossi arrived. The head of the International Atomic Energy Agency said the plant was damaged."
    assert speakers(text, datetime(2022, 9, 2)) == {"Rafael Grossi"}


def test_a_byline_is_no_statement():
    text = "In a long dispatch from the border villages, freelance journalist Pierre Martin reports for The Beet."
    assert speakers(text, datetime(2023, 11, 24)) == set()


def test_a_call_for_a_thing_stays_a_statement():
    # (a guard: "for" then a lower-case thing is the appeal's content)
    assert speakers("Zelensky called for more air defence systems.", datetime(2023, 11, 24)) == {"Volodymyr Zelensky"}
