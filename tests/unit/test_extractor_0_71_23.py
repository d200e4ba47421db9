"""Extractor 0.71.23 (after 0.71.22), in sentences of our own (each fails on 0.71.22 unless marked a guard): "we cannot
say that X is occupied" denies it; "As reported by <outlet>, the head of the RMA, X, stated this ..." credits the
sentence before to X, past the outlet's credit; "<outlet> cited <office>, General X as saying that ..." is X's
statement (the apposition's closing comma left out), and the outlet that cites is no speaker."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes, speakers

DAY = datetime(2025, 3, 1)


def test_cannot_say_that_a_place_is_occupied_denies_it():
    text = 'The spokesman, Viktor Trehubov, said that "we cannot say that Kurakhove is occupied" by Russian troops.'
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Kurakhove", "Russia", "denied")}


def test_saying_that_a_place_is_occupied_asserts_it():
    # guard: no negation
    text = "The spokesman, Viktor Trehubov, said that Kurakhove is occupied by Russian troops."
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} == {("Kurakhove", "Russia", "asserted")}


def test_an_outlets_credit_before_a_credit_line():
    text = ("Fewer than 40 villages of the region remain under occupation.\n"
            "As reported by the Kyiv Daily, the head of the regional administration, Ivan Sydorenko, stated this on "
            "the air of the telethon.")
    assert speaker_quotes(text) == {("Ivan Sydorenko", "Fewer than 40 villages of the region remain under occupation")}


def test_cited_an_office_then_its_holder_without_the_closing_comma():
    text = ("The news site cited the commander of the Eastern Group, Colonel Petro Marchenko as saying that the "
            "brigade had held the line for a week.")
    assert speaker_quotes(text) == {("Petro Marchenko", "the brigade had held the line for a week")}


def test_the_outlet_that_cites_is_no_speaker():
    text = "Reuters cited General Petro Marchenko as saying that the brigade had held the line for a week."
    assert speakers(text) == {"Petro Marchenko"}
