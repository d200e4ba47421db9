"""Extractor 0.60.0: the rules added for the classes the real corpus showed (all 57 parts, held back 56 included after
its scoring), each in sentences of our own, each failing on 0.59.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.extraction_helpers import places as _places
from tests.unit.extraction_helpers import run
from tests.unit.extraction_helpers import statements as _statements



# -- statements ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("outlet", ["Reuters", "TASS"])
def test_told_an_outlet_after_an_apposed_name_is_whom_he_told(outlet):
    # "told X" is never inverted: the outlet had been the speaker, with the name and title as content
    text = f"Shelling went on near the river overnight, the regional governor, Oleg Sidorenko, told {outlet}."
    assert _statements(text) == {("Oleg Sidorenko", "indirect", "Shelling went on near the river overnight")}


def test_said_peskov_stays_inverted():
    # guard (held on both): "said" after the comma still names its speaker
    text = "The talks will resume next week, said Peskov."
    assert {s[0] for s in _statements(text)} == {"Dmitry Peskov"}


def test_a_frame_closing_its_line_with_a_colon_takes_the_next_paragraph():
    text = ("Governor Vyacheslav Gladkov wrote on Telegram:\n"
            "Two drones were shot down over the district overnight, nobody was hurt.\n"
            "Power lines in the villages are being repaired.")
    assert ("Vyacheslav Gladkov", "direct", "Two drones were shot down over the district overnight, nobody was hurt") \
        in _statements(text)


def test_a_colon_frame_before_a_quoted_paragraph_is_left_to_the_quote_stage():
    # guard (held on both): the quotation is the statement, once
    text = 'Governor Vyacheslav Gladkov wrote on Telegram:\n"Two drones were shot down over the district overnight."'
    assert _statements(text) == {("Vyacheslav Gladkov", "direct", "Two drones were shot down over the district overnight")}


def test_more_statements_by_a_speaker_take_the_bullet_points():
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.\n"
            "More statements by Peskov:\n"
            "- the next round of talks has no date yet;\n"
            "- Moscow is studying the proposals of the other side.\n"
            "The briefing ended at noon.")
    got = {s for s in _statements(text) if s[0] == "Dmitry Peskov"}
    assert len(got) == 1
    quote = next(iter(got))[2]
    assert "the next round of talks has no date yet" in quote and "studying the proposals" in quote
    assert "briefing ended" not in quote


def test_more_of_his_statements_go_to_the_speaker_just_named():
    text = ("Defence Minister Andrei Belousov addressed the board of the ministry.\n"
            "More of his statements:\n"
            "The armed forces received more than three thousand drones in the month.")
    assert ("Andrei Belousov", "indirect", "The armed forces received more than three thousand drones in the month") \
        in _statements(text)


def test_a_signed_embedded_post_is_its_accounts_statement():
    text = ("The ministry mocked its Russian counterpart on Saturday:\n\n"
            "Our paratroopers have entered the town and raised the flag over the council. pic.twitter.com/AbCdEf123\n"
            "\u2014 Defense of Ukraine (@DefenceU) October 1, 2022")
    got = [s for s in run(text).statements if s.cue == "signed_post"]
    assert [(s.speaker, s.statement_type) for s in got] == [("Ukrainian Ministry of Defence", "indirect")]
    assert got[0].quote_text == "Our paratroopers have entered the town and raised the flag over the council."


def test_a_signature_without_the_posts_link_credits_nothing():
    # guard (held on both): an image-only embed leaves the article's own paragraph above the signature
    text = ("The front line has barely moved in the south this month, analysts say.\n"
            "\u2014 Defense of Ukraine (@DefenceU) October 1, 2022")
    assert not [s for s in run(text).statements if s.cue == "signed_post"]


def test_an_outlet_passing_on_a_named_subjects_participle():
    text = "As per CNN, Peskov kept the option of a new deal open, saying that Moscow would return once its terms are met."
    assert _statements(text) == {("Dmitry Peskov", "indirect", "Moscow would return once its terms are met")}


def test_an_outlet_before_a_name_with_its_apposition_and_verb():
    text = ("According to the BBC, Mikhail Razvozhayev, the Russian-installed governor of the city, said the navy had "
            "repelled the attack.")
    assert _statements(text) == {("Mikhail Razvozhayev", "indirect", "the navy had repelled the attack")}


def test_the_official_after_an_anonymous_us_official_is_not_a_named_one():
    text = ("President Volodymyr Zelensky thanked the air defence crews. A launcher was damaged in the attack, a U.S. "
            "official said, speaking on condition of anonymity. The damage is limited, according to the official, and "
            "the system can be repaired in the country.")
    assert all("damage is limited" not in s[2] for s in _statements(text))


def test_pointed_out_closing_the_clause():
    text = ("Viktor Sobolev said the front was stable. The northern direction is the hardest part of the front, he "
            "pointed out.")
    assert ("Viktor Sobolev", "indirect", "The northern direction is the hardest part of the front") in _statements(text)


@pytest.mark.parametrize("unit", ["the 81st separate airmobile brigade", "the 47th separate Mechanized Brigade"])
def test_a_units_name_in_lower_case_words(unit):
    text = f"Three assaults were repelled near the village overnight. This was reported by {unit}."
    assert {(s[0].lower(), s[2]) for s in _statements(text)} == {
        (unit.removeprefix("the ").lower(), "Three assaults were repelled near the village overnight")}


def test_a_credit_line_with_in_names_the_body():
    text = ("Four drones were shot down over the region overnight. This was reported in the Air Force of the Armed "
            "Forces of Ukraine.")
    assert _statements(text) == {("Ukrainian Air Force", "indirect", "Four drones were shot down over the region overnight")}


# -- place claims -----------------------------------------------------------------------------------------------------

def test_a_count_of_communities_then_a_colon_list():
    text = ("Eduard Basurin said the DPR militia had liberated five communities that had been held by the Ukrainian "
            "army: Bogdanovka, Pavlopol, Granitnoye, Vasilievka and Donskoye.")
    got = _places(text, datetime(2022, 2, 27))
    assert {p[0] for p in got} == {"Bohdanivka", "Pavlopil", "Hranitne", "Vasylivka", "Donske"}
    assert {p[1] for p in got} == {"Russia"}


def test_a_place_set_off_inside_the_sides_ground():
    text = "Dozens of families were moved to the town of Shakhtarsk, farther back in Russian-occupied territory."
    assert _places(text) == {("Shakhtarsk", "Russia", "asserted", None)}


def test_a_place_in_the_held_part_of_an_oblast_after_an_apposition():
    text = "Civilians left Kupiansk, one of the main rail towns in the Russian-held part of Kharkiv region."
    assert _places(text) == {("Kupiansk", "Russia", "asserted", None)}


def test_a_city_in_an_occupied_region_says_nothing_of_the_city():
    # guard (held on both): the adjective is the region's, which is held only in part
    text = "Drones struck Izium, a city in Russian-occupied Kharkiv region, according to the report."
    assert not _places(text)


def test_the_denial_in_a_credit_line_of_a_unit():
    text = ("The information about the alleged capture of Serebrianka by the enemy is not true. This was reported in "
            "the 81st separate airmobile brigade.")
    got = _places(text, datetime(2025, 12, 19))
    assert {(p[0], p[1], p[2]) for p in got} == {("Serebrianka", "Russia", "denied")}


# -- area claims ------------------------------------------------------------------------------------------------------

def test_an_area_taken_under_control_in_a_week_is_a_gain():
    text = 'Deputy Defence Minister Hanna Maliar said: "The area taken under control this week amounted to 90 square kilometres."'
    claims = run(text, datetime(2023, 6, 13)).area_claims
    assert [(c.metric, c.controller, c.value_low) for c in claims] == [("area_gained", "Ukraine", 90.0)]


def test_ground_a_side_was_able_to_take_is_taken():
    text = "According to Vladimir Putin, Russian troops have been able to take control of 150 settlements this year."
    claims = run(text, datetime(2024, 12, 19)).area_claims
    assert [(c.metric, c.controller, c.value_low) for c in claims] == [("settlements_gained", "Russia", 150.0)]


def test_ground_a_side_hopes_to_be_able_to_take_is_an_aim():
    # guard (held on both): the ability still to come is irrealis
    text = "Moscow hopes to be able to take control of 150 settlements this year, Vladimir Putin said."
    assert run(text, datetime(2024, 12, 19)).area_claims == []


def test_ground_under_a_sides_jurisdiction_is_held():
    text = "About 6,000 square kilometres of the Donetsk region still remain under Ukrainian jurisdiction."
    claims = run(text).area_claims
    assert [(c.metric, c.controller, c.region, c.value_low) for c in claims] == [
        ("area_controlled", "Ukraine", "Donetsk Oblast", 6000.0)]


def test_two_agencies_after_their_plural_kind_both_report():
    text = "Russian troops entered the village of Kurakhove, the state news agencies TASS and RIA Novosti reported."
    assert {s[0] for s in _statements(text)} == {"TASS", "RIA Novosti"}


def test_a_quoted_phrase_closing_the_clause_before_the_speaker():
    text = "A planned visit by the envoy was postponed \u201cfor legal reasons\u201d Zelensky said."
    assert _statements(text) == {("Volodymyr Zelensky", "indirect",
                                  "A planned visit by the envoy was postponed \u201cfor legal reasons\u201d")}


def test_two_bare_names_reporting_at_the_end_are_a_byline():
    text = ("Drones hit the capital overnight: Residents were woken at 3 a.m. by explosions, Anna Kovac and Peter L. "
            "Brandt report.")
    assert _statements(text) == set()


def test_a_titled_source_reporting_at_the_end_still_speaks():
    # guard (held on both): a title or a known actor is a source, not a byline
    text = "Russian forces shelled the city overnight, regional governor Ivan Petrenko reports."
    assert {s[0] for s in _statements(text)} == {"Ivan Petrenko"}


@pytest.mark.parametrize("when", ["over the weekend", "over the past week"])
def test_a_period_between_the_speaker_and_the_verb(when):
    text = f"President Vladimir Putin {when} said that the grain deal had not served its purpose."
    assert _statements(text) == {("Vladimir Putin", "indirect", "the grain deal had not served its purpose")}
