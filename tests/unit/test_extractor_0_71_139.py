"""Extractor 0.71.139 (after 0.71.138), in sentences of our own (each fails on 0.71.138 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.extraction_helpers import areas, said


def test_a_share_advanced_this_year_is_the_years_gain_not_a_holding():
    text = ("The Finnish president spoke about the cost of the war for Moscow. He said: \"This year, Russia has "
            "advanced 0.3 per cent of Ukraine's land mass at a terrible cost in soldiers' lives, and that is a very "
            "high price to pay.\"")
    assert areas(text, datetime(2025, 7, 1)) == set()


def test_a_share_held_this_year_is_still_a_holding():
    # (a guard: the year's "this year" dates a gain, not a holding told with another verb)
    text = ("Russian forces this year still control about 19 per cent of Ukraine's territory, including Crimea, the "
            "analysts said in their latest assessment of the front line.")
    assert areas(text, datetime(2025, 7, 1)) == {("territory_share", "Russia", 0.19)}


def test_a_side_that_has_lost_a_share_of_its_land_leaves_it_to_the_other():
    text = ("The Slovak premier recalled that the Ukrainian government had lost a fifth of the country, that its "
            "industry was ruined and that it could not survive without Western money.")
    assert areas(text, datetime(2025, 1, 21)) == {("territory_share", "Russia", 0.2)}


def test_a_share_lost_since_the_invasion_is_a_change_not_a_holding():
    # (a guard: a loss bounded by a date is what changed since then)
    text = ("Since the start of the full-scale invasion in 2022, Ukraine has lost 11% of its territory, the "
            "analysts wrote in their annual review of the front.")
    assert areas(text, datetime(2025, 2, 24)) == set()


def test_a_regiment_named_after_a_person_is_no_antecedent_of_he():
    text = ("Now the commander of the Bohdan Khmelnytsky Regiment, a unit of volunteers from abroad, Marchenko is "
            "training new recruits near Kyiv.\n\n\"Without this training I would not be alive,\" he told reporters on "
            "Friday.")
    assert all(speaker != "Bohdan Khmelnytsky" for speaker, _ in said(text))


def test_a_counted_group_is_no_name_a_later_he_takes():
    text = ("Three Moldovan volunteer fighters were killed in Ukraine while they were fighting against Russia, said "
            "the chairman of the Moldovan parliament on Saturday.\n\nNika Lomidze noted: \"Unfortunately, the war "
            "continues and the casualties are increasing.\"\n\n\"I share the grief of the families and relatives "
            "of the fallen,\" he said.")
    assert "Three Moldovan" not in {speaker for speaker, _ in said(text, datetime(2022, 3, 20))}


def test_he_after_a_quote_is_its_unseeded_speaker_whatever_his_first_name_ends_in():
    text = ("Georgia's parliament speaker Shalva Lomidze noted: \"The war continues and the number of victims "
            "grows.\"\n\n\"We share the grief of the families of the fallen,\" he said on Sunday.")
    assert [speaker for speaker, _ in said(text)].count("Shalva Lomidze") == 2


@pytest.mark.timeout(60)
def test_a_topic_then_a_comma_is_read_in_linear_time():
    # (0.71.138 backtracked without end on this shape: "about the <many words>, ..." tried every split of every word
    # before giving up at the comma; a real article hung the extractor. The limit is a hang guard, not a benchmark.)
    text = ("The border service had earlier warned about the arrival of new assault units from the Southern Military "
            "District of the Russian Armed Forces in the Kursk region, in order to prepare raids across the border.")
    assert len(said(text)) <= 1     # one sentence, at most one statement: the point is that it returns
