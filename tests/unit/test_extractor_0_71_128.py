"""Extractor 0.71.128 (after 0.71.127), in sentences of our own (each fails on 0.71.127 unless marked a guard).

Speakers: a known body whose name holds "and" ("the Center for Strategic and International Studies") before its verb
and after "a report from"; "a report from X (ACRONYM) says"; "X, <his title>, said on <day> on
<medium>, according to <outlet>." credits the sentence before; "<Outlet> reported that ... citing X." is X's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes, speakers


def test_a_known_body_with_and_in_its_name_before_its_verb():
    text = "The Center for Strategic and International Studies (CSIS) estimates that the losses passed one million."
    assert speakers(text, datetime(2026, 1, 28)) == {"Center for Strategic and International Studies"}


def test_a_known_body_with_and_in_its_name_after_a_report_from():
    text = "The losses passed one million, the report from Center for Strategic and International Studies (CSIS) says."
    assert speakers(text, datetime(2026, 1, 28)) == {"Center for Strategic and International Studies"}


def test_a_report_from_a_body_with_its_acronym_says():
    text = "The gains came at a very high price, a report from the Institute for the Study of War (ISW) says."
    assert quotes(text, datetime(2026, 1, 28)) == {("Institute for the Study of War",
                                                    "The gains came at a very high price")}


def test_two_bodies_joined_by_and_stay_two():
    # (a guard: "and" between two names that no seed joins)
    text = "Kyiv Post and Interfax reported that the bridge was struck."
    assert "Kyiv Post and Interfax" not in speakers(text, datetime(2026, 1, 28))


def test_a_frame_with_only_where_and_when_credits_the_sentence_before():
    text = ("Ukrainian troops are advancing towards the village of Verbove. Oleh Petrenko, the spokesman for the "
            "southern press centre, said on 27 August on the national telethon, according to Liga.")
    assert quotes(text, datetime(2023, 8, 27)) == {("Oleh Petrenko", "Ukrainian troops are advancing towards the "
                                                                      "village of Verbove")}


def test_a_frame_with_a_clause_after_its_day_stays_its_own():
    # (a guard: "said on Monday that ..." says what follows)
    text = ("The shelling went on. Oleh Petrenko, the spokesman for the southern press centre, said on Monday that "
            "two villages had been hit.")
    assert quotes(text, datetime(2023, 8, 27)) == {("Oleh Petrenko", "two villages had been hit")}


def test_an_outlets_clause_citing_a_named_source_is_the_sources():
    text = ("The Wall Street Journal reported that Russia plans to push towards Siversk and Bakhmut citing the "
            "Institute for the Study of War.")
    assert speakers(text, datetime(2022, 7, 6)) == {"Institute for the Study of War"}
