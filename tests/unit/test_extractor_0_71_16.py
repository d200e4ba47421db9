"""Extractor 0.71.16 (after 0.71.15), in sentences of our own (each fails on 0.71.15 unless marked a guard): "state
flags raised in A, B, C and other settlements"; a figure in two places ("in the east and south") before its passive
verb; "control of two new villages" is a gain; "had been pushed out of" is a loss; a subject carried past "– and";
a foreseen liberation in quotes; an administration withdrawn is no army's withdrawal; an agentless liberation of a
place the article said a side freed; "One Ukrainian official" is anonymous; a map caption's sources in brackets;
the lede's speech day for the same side's later claims; "..., highlighting that"."""
from __future__ import annotations

from datetime import date, datetime

from tests.unit.extraction_helpers import areas, places, run, speaker_quotes, speakers

DAY = datetime(2024, 10, 5)


def test_state_flags_raised_in_a_list_closed_by_other_settlements():
    text = ("The Airborne Assault Forces of Ukraine said on Monday that state flags had been raised in Kamianets, "
            "Bohorodychne, Izium and other settlements.")
    assert {p for p, _c, _s, _a in places(text, DAY)} == {"Kamianets", "Bohorodychne", "Izium"}
    assert {c for _p, c, _s, _a in places(text, DAY)} == {"Ukraine"}


def test_an_area_in_two_compass_parts_before_its_passive_verb():
    text = "Zelensky said 6,000 square km of territory in the east and south had been liberated since September 1."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 6000.0)}


def test_control_of_new_villages_is_a_gain():
    assert areas("Russia claims control of two new villages in eastern Ukraine.", DAY) == {
        ("settlements_gained", "Russia", 2.0)}


def test_control_of_villages_is_a_holding():
    # guard: no "new", "more": what a side holds
    assert areas("Russia claims control of two villages in the Kharkiv region.", DAY) == {
        ("settlements_controlled", "Russia", 2.0)}


def test_pushed_out_of_villages_is_the_subjects_loss():
    text = "A Russian commander said Ukrainian forces had been pushed out of three villages in the Kursk region."
    assert areas(text, DAY) == {("settlements_lost", "Ukraine", 3.0)}


def test_pushing_out_is_the_subjects_gain():
    # guard: the active verb's subject pushed the others out
    text = "Russian forces pushed Ukrainian troops out of three villages in the Kursk region, the ministry said."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 3.0)}


def test_the_subject_carries_past_a_dash_and():
    text = "Russia, which holds a fifth of Ukraine, has been advancing in the east – and took the city of Ukrainsk on Tuesday."
    assert places(text, DAY) == {("Ukrainsk", "Russia", "asserted", None)}


def test_a_liberation_foreseen_in_quotes_after_a_dashed_aside():
    text = "Putin noted that the liberation of Vovchansk—a city in the Kharkiv region—was ‘a matter of time,’ aides said."
    assert places(text, DAY) == set()


def test_an_administration_withdrawn_is_no_withdrawal():
    text = "Haidai reported that Russia had withdrawn its occupying government from Svatove, north of Kreminna."
    assert places(text, DAY) == set()


def test_troops_withdrawn_is_a_withdrawal():
    # guard: the army left
    text = "Haidai reported that Russia had withdrawn its troops from Svatove, north of Kreminna."
    assert places(text, DAY) == {("Svatove", "Ukraine", "asserted", "Serhiy Haidai")}


def test_an_agentless_liberation_of_a_place_freed_by_a_side_before():
    text = ("A correspondent visited the village of Vodiane, which was recently liberated by Russian forces.\n\n"
            "The fighters who took part in the liberation of Vodyanoe said the battles were hard.")
    assert {c for _p, c, _s, _a in places(text, DAY)} == {"Russia"}


def test_one_official_is_anonymous():
    text = "One Ukrainian official said Kyiv was carving out a buffer zone to protect its population."
    assert speakers(text) == set()


def test_a_map_caption_with_its_sources_in_brackets():
    text = ("Russian troops keep attacking near Selydove.\n\nThe estimated advance of Russian forces near Selydove as "
            "of Oct. 20, 2024, according to DeepState. (DeepState/OpenStreetMaps)\n\nThe guard said the town held.")
    assert "DeepState" not in speakers(text)


def test_the_ledes_speech_day_dates_the_same_sides_later_claims():
    text = ("Moscow declared on Saturday that Russian forces have seized two more settlements in Ukraine.\n\n"
            "A statement from the Russian Defense Ministry said troops captured the village of Kolodiazi.")
    claims = run(text, datetime(2025, 8, 17)).place_claims
    assert {(c.place, c.as_of) for c in claims} == {("Kolodiazi", date(2025, 8, 16))}


def test_the_ledes_speech_day_of_the_other_side_does_not_date_the_claim():
    # guard: Kyiv's day is not Moscow's
    text = ("Kyiv said on Saturday that its troops repelled attacks.\n\n"
            "A statement from the Russian Defense Ministry said troops captured the village of Kolodiazi.")
    claims = run(text, datetime(2025, 8, 17)).place_claims
    assert {(c.place, c.as_of) for c in claims} == {("Kolodiazi", date(2025, 8, 17))}


def test_highlighting_that_reports_the_clause():
    text = ("Governor Vyacheslav Gladkov shared a video on social media, highlighting that about 14,000 residents "
            "would be evacuated.")
    assert speaker_quotes(text) == {("Vyacheslav Gladkov", "about 14,000 residents would be evacuated")}


def test_the_president_is_not_the_head_of_his_office():
    # an actor whose seed role serves the president ("Head of the Office of the President") is no "the president"
    text = ("President Zelensky spoke in a video on Friday. His chief of staff, Andriy Yermak, has resigned. Yermak had "
            "submitted his resignation, the president said.")
    assert speaker_quotes(text) == {("Volodymyr Zelensky", "Yermak had submitted his resignation")}
