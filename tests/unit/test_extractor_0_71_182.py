"""Extractor 0.71.182 (after 0.71.181), in sentences of our own (each fails on 0.71.181 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 14)
BEFORE = "The parliament voted on Tuesday to extend the mobilisation of reservists by another ninety days."


def statements(text: str) -> set[tuple[str, str]]:
    return {(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements}


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_credit_line_with_apposition_and_relay_credits_the_sentence_before():
    got = statements(BEFORE + "\nOksana Hrytsenko, a member of the defence committee, wrote this on Facebook, "
                              "Interfax reports.")
    assert got == {("Oksana Hrytsenko", BEFORE)}


def test_said_this_on_a_programme_with_a_quoted_name_is_no_inverted_speaker():
    got = statements(BEFORE + "\nOksana Hrytsenko, a member of the defence committee, said this on the air of the "
                              "morning show 'Free Speech', Interfax reported.")
    assert got == {("Oksana Hrytsenko", BEFORE)}


def test_thats_according_to_unnamed_sources_relayed_by_an_outlet_is_no_statement():
    got = statements("A cargo ship was damaged by a drone near the port of Izmail overnight.\n"
                     "That's according to several local Telegram channels, Interfax reports.")
    assert got == set()


def test_guard_thats_according_to_a_named_body_credits_it():
    got = statements("A cargo ship was damaged by a drone near the port of Izmail overnight.\n"
                     "That's according to the Ukrainian Navy, Interfax reports.")
    assert {s for s, _ in got} == {"Ukrainian Navy"}


def test_place_phrase_opening_the_clause_is_no_speaker():
    got = statements("Behind closed doors, Sergei Mironov has repeated this demand, insisting that Kyiv must "
                     "give up four regions.")
    assert {s for s, _ in got} == {"Sergei Mironov"}


def test_noun_spelled_like_a_verb_gives_no_speaker_to_a_later_but_clause():
    got = statements("European officials revealed a relatively upbeat forecast for Ukraine\u2019s maize harvest \u2013 but "
                     "cautioned that the best yields were expected in the east of the country.")
    assert not any(s.lower().startswith("for ") for s, _ in got)


def test_participle_after_when_takes_the_frame_speaker():
    got = statements("Forward positions near the river were flooded, Oleksandr Shtupun said on Monday when explaining "
                     "the brigade's pull-back.")
    assert {s for s, _ in got} == {"Oleksandr Shtupun"}


def test_troops_fleeing_a_town_withdraw_from_it():
    assert places("Russian troops fled from Kherson on Friday, the governor said.") == {("Kherson", "Ukraine", "withdrew")}


def test_guard_people_fleeing_a_town_are_no_withdrawal():
    assert places("Thousands of Ukrainians fled from Mariupol to Zaporizhzhia in April.") == set()


def areas(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_shareholders_stakes_are_no_territory():
    assert areas("The plant in Mariupol was lost in 2022. The main shareholders of the group are Alpha Holding (64.5%) "
                 "and Beta Capital (35.5%), which run the company together.") == set()


def test_hectares_of_protected_area_lost_are_no_territory():
    assert areas("During the occupation of the steppe reserve, Ukraine lost almost 4 thousand hectares of protected "
                 "area.") == set()


def test_guard_hectares_lost_in_a_region_stay_a_loss():
    assert areas("Ukraine lost almost 40 square kilometres in the Kharkiv region last week.") == {
        ("area_lost", "Ukraine", 40.0)}


def test_quoted_they_after_the_speakers_own_defence_forces_is_his_side():
    got = areas('"The defence forces continue to hold the initiative there, putting pressure on the enemy," '
                'spokesman Serhii Cherevatyi told television.\n\n"In particular, over the past day, they have advanced '
                'more than two kilometres."')
    assert got == {("advance_depth", "Ukraine", 2.0)}


def test_guard_quoted_they_after_the_enemy_named_first_is_the_enemy():
    got = areas('"Russian troops keep attacking near the town," spokesman Serhii Cherevatyi told television.\n\n'
                '"In particular, over the past day, they have advanced more than two kilometres."')
    assert got == {("advance_depth", "Russia", 2.0)}


def test_gerund_opening_the_sentence_takes_the_main_clause_subject():
    assert places("After capturing Avdiivka in February, Russian forces shifted their focus toward Chasiv Yar.") == {
        ("Avdiivka", "Russia", "captured")}
