"""Extractor 0.70.55: a quote closed before a glued stop, "X cited Y as saying", control won back, a participle after
a perfect clause in a Russian oblast, the date of a place's past in a "where" clause, an unnamed part of a country
and a weapon's reach, in sentences of our own (each case but the guards fails on 0.70.54)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, run, speaker_quotes, speakers

DAY = datetime(2024, 5, 20)


def test_a_quote_closed_before_a_glued_stop_ends_the_sentence():
    # copied pages glue paragraphs: the next sentence's own speaker is found
    text = ("The president told reporters that the offensive had “failed completely”.The Russian defence ministry "
            "said Ukraine launched 40 drones on western Russia overnight.")
    assert ("Russian Ministry of Defence", "Ukraine launched 40 drones on western Russia overnight") \
        in speaker_quotes(text)


def test_cited_as_saying_credits_the_one_cited():
    text = ("Russia said it intercepted a reconnaissance drone over the Black Sea, the TASS news agency cited the "
            "Russian defence ministry as saying.")
    assert speakers(text) == {"Russian Ministry of Defence"}


def test_control_won_back_in_settlements_is_a_gain():
    text = "The Ukrainian army has won back control in more than 40 settlements of Kharkiv Oblast, the president said."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 40.0)}


def test_a_participle_after_a_perfect_clause_in_a_russian_oblast_is_the_holding():
    text = ("The commander said Ukrainian forces have made steady progress in the Kursk region, gaining control of "
            "about 900 square kilometres and 70 settlements there.")
    assert {(m, v) for m, _c, v in areas(text, DAY)} == {("area_controlled", 900.0), ("settlements_controlled", 70.0)}


def test_a_participle_without_a_perfect_clause_stays_a_gain():
    # guard: a day's advance told with a participle is what was gained
    text = "Ukrainian forces pushed on in the Kursk region on Monday, gaining control of about 40 square kilometres."
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_gained"}


def test_the_past_of_a_place_in_a_where_clause_does_not_date_the_figure():
    text = ("Russian forces opened a new front in the Kharkiv region. The ministry said three villages had been "
            "seized in the region, in a part of Ukraine from where Russian troops had been pushed back nearly two "
            "years ago.")
    (claim,) = run(text, DAY).area_claims
    assert (claim.metric, claim.region, str(claim.as_of)[:4]) == ("settlements_gained", "Kharkiv Oblast", "2024")


def test_a_weapons_reach_is_not_an_advance():
    text = "Ukrainian drones have been able to strike targets as deep as 1,000 km (620 miles) into Russian territory."
    assert areas(text, DAY) == set()


def test_an_advance_as_deep_as_stays_an_advance():
    # guard: troops that pushed that deep did advance
    text = "Ukrainian troops have pushed as deep as 30 km into Russian territory, the general said."
    assert {(m, v) for m, _c, v in areas(text, DAY)} == {("advance_depth", 30.0)}
