"""Extractor 0.71.105 (after 0.71.104), in sentences of our own (each fails on 0.71.104 unless marked a guard).

Two passive clauses joined by "and" share the place the second names; "this autumn" dates a figure to the season's end;
a dashed interview names its interviewee in a lead after the headline lines, and its dashed questions are no one's
statement; a closing frame over another's telling ("A told B that X, C said") is C's; "officials in the town of X" are
unnamed people, not the town; "the prosecutor general's office" in lower case is the body; ", X said, adding, '...'"
keeps the clause before and the quotation; "the gateway to Crimea" is no region a later figure is about; a service
restored in settlements is no gain; "The relevant statement was made by X" credits the sentence before; a reduced
passive ("X's statement, relayed by Y, ...") is no frame; "referring to X" cites X; "the outlet" after "the Telegram
channel X" is X."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.dates import find_time_expressions
from tests.unit.extraction_helpers import areas, places, quotes

_DAY = datetime(2023, 12, 30)


def test_two_passive_clauses_share_the_place_the_second_names():
    text = ("“About 3,000 square kilometres were freed and some 100 villages were retaken during the offensive "
            "operation in the Kharkiv region,” the general said.")
    assert {(m, r) for m, _c, r, _v in areas(text, _DAY, region=True)} == {
        ("area_gained", "Kharkiv Oblast"), ("settlements_gained", "Kharkiv Oblast")}


def test_this_autumn_ends_with_november():
    found = [t for t in find_time_expressions("This autumn alone the army freed 3,000 square kilometres.", _DAY.date())
             if "autumn" in t.text.lower()]
    assert [t.date.isoformat() for t in found] == ["2023-11-30"]


def test_guard_last_summer_does_not_make_a_holding_a_change():
    text = ("Kyiv's troops crossed into Kursk last summer, but Russia has taken back more than half of the territory "
            "captured by Ukraine.")
    assert areas(text, datetime(2025, 3, 8))


_INTERVIEW = ("Head of the region: the heating season will be hard\n\n"
              "We talked to Oleksandr Prokudin, head of the Kherson oblast military administration, about the winter."
              "\n\n- How many people live in the de-occupied part of the oblast now?\n\n"
              "- About 170,000 people, most of them elderly.\n\n"
              "- Officials said that everyone would get firewood. Is that so?\n\n"
              "- We have bought wood for 9,000 homes already.")


def test_a_dashed_interview_is_its_named_interviewees():
    said = quotes(_INTERVIEW, _DAY)
    assert {s for s, _q in said} == {"Oleksandr Prokudin"}
    assert not any("firewood" in q for _s, q in said)
    assert any("9,000 homes" in q for _s, q in said)


def test_a_closing_frame_over_a_telling_is_its_speakers():
    text = ("President Vladimir Putin told Donald Trump that Moscow would answer the drone raids, Kremlin spokesman "
            "Dmitry Peskov said on Friday.")
    assert quotes(text, datetime(2025, 6, 6)) == {("Dmitry Peskov", "Moscow would answer the drone raids")}


def test_guard_a_closing_outlet_credit_leaves_the_teller():
    text = "President Vladimir Putin told Donald Trump that Moscow would answer the drone raids, Reuters reported."
    assert {s for s, _q in quotes(text, datetime(2025, 6, 6))} == {"Vladimir Putin"}


def test_officials_in_a_town_are_unnamed():
    text = "Russian-installed officials in the occupied city of Horlivka confirmed two deaths from shelling."
    assert quotes(text, _DAY) == set()


def test_the_prosecutor_generals_office_in_lower_case():
    text = "In the north, the prosecutor general's office said a man was wounded in the village of Bilopillia."
    assert {s for s, _q in quotes(text, _DAY)} == {"Prosecutor General's Office"}


def test_a_participles_quotation_keeps_the_clause_before():
    text = ("A drone killed a 60-year-old man near his home, the city's military administration of Kherson said, "
            "adding, “He was killed instantly.”")
    said = quotes(text, _DAY)
    assert any("drone killed" in q for _s, q in said) and any(q.startswith("He was killed") for _s, q in said)


def test_the_gateway_to_crimea_is_no_region_of_the_next_figure():
    text = ("Kherson is a farming region and the gateway to the Crimean peninsula.\n\n"
            "About 70 percent of the region is thought to be under Russian control.")
    assert {r for _m, _c, r, _v in areas(text, datetime(2022, 10, 4), region=True)} == {"Kherson Oblast"}


def test_a_service_restored_in_settlements_is_no_gain():
    text = "Electricity has been restored in 120 de-occupied settlements of the Kharkiv region."
    assert areas(text, _DAY) == set()


def test_guard_settlements_liberated_stay_a_gain():
    assert areas("Ukrainian troops have liberated 120 settlements in the Kharkiv region.", _DAY)


def test_the_relevant_statement_was_made_by():
    text = ("Gas has been restored in 40 villages of the region. The relevant statement was made by Kharkiv Regional "
            "Military Administration Head Oleh Syniehubov at a briefing.")
    assert quotes(text, _DAY) == {("Oleh Syniehubov", "Gas has been restored in 40 villages of the region")}


def test_according_citing_this_was_reported_by():
    text = ("Russian troops pushed back Ukrainian units near the forest. According to Censor.NET, citing Ukrinform, "
            "this was reported by the spokesman of the Khortytsia group, Viktor Trehubov.")
    assert quotes(text, datetime(2025, 7, 1)) == {
        ("Viktor Trehubov", "Russian troops pushed back Ukrainian units near the forest")}


def test_a_reduced_passive_is_no_frame():
    text = "Pushilin's statement, relayed by the Russian Ministry of Defense, marks a turn in the fight for the town."
    assert quotes(text, _DAY) == set()


def test_expressed_satisfaction_with():
    text = "Zelensky expressed satisfaction with the results of the talks in Riyadh."
    assert {s for s, _q in quotes(text, datetime(2025, 3, 25))} == {"Volodymyr Zelensky"}


def test_referring_to_a_source_between_commas():
    text = "Ukrinform reported, referring to Roman Kostenko, that the bill was not on the agenda."
    assert quotes(text, _DAY) == {("Roman Kostenko", "the bill was not on the agenda")}


def test_the_outlet_after_a_telegram_channel():
    text = ("The Telegram channel Rybar reported an advance on Tuesday. According to the outlet, Russian troops had "
            "captured Yunakivka.")
    assert {c for _p, _c, _s, c in places(text, datetime(2025, 7, 2))} == {"Rybar"}
