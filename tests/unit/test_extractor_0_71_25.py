"""Extractor 0.71.25 (after 0.71.24), in sentences of our own (each fails on 0.71.24 unless marked a guard): two
single marks typed for a double quotation mark open or close a quotation; "boss" is a title before a name ("Rosatom
boss X said, according to the Y agency"); a title that speaks before any name ("the head of Estonia's intelligence
service urged ...") is the first untitled person named soon after; "A and B in the Y community, along with C and D"
is one list."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes, speaker_types

DAY = datetime(2025, 5, 26)


def test_doubled_single_marks_close_a_quotation():
    text = "\u201cThe attacks have failed. There is no progress at all,\u2019\u2019 Putin said."
    assert speaker_types(text) == {("Vladimir Putin", "direct")}


def test_doubled_single_marks_open_and_close_a_quotation():
    # guard: (read before as a quotation in single marks; the same after)
    text = "\u2018\u2018The attacks have failed. There is no progress at all,\u2019\u2019 Putin said."
    assert speaker_quotes(text) == {("Vladimir Putin", "The attacks have failed. There is no progress at all")}


def test_a_possessive_apostrophe_stays_one():
    # guard: a single closing mark is an apostrophe
    text = "Russia\u2019s defence ministry said its forces had repelled four attacks."
    assert speaker_quotes(text) == {("Russian Ministry of Defence", "its forces had repelled four attacks")}


def test_boss_before_a_name_with_a_closing_source():
    text = ("Three drones were shot down near the plant and two others caused no damage, Rosatom boss Alexei Likhachev "
            "said, according to the Interfax agency.")
    assert speaker_quotes(text) == {
        ("Alexey Likhachev", "Three drones were shot down near the plant and two others caused no damage")}


def test_a_title_that_speaks_first_is_the_untitled_person_named_next():
    text = ("At a security conference, the head of Latvia's foreign intelligence service urged European services to "
            "act against Russian sabotage. In his speech, Janis Kalnins stressed the need to disrupt such threats.")
    assert {s for s, _q in speaker_quotes(text)} == {"Janis Kalnins"}


def test_a_title_is_not_a_later_person_with_a_title_of_his_own():
    # guard: the person named next has a title of his own
    text = ("At a security conference, the head of Latvia's foreign intelligence service urged European services to "
            "act against Russian sabotage. Analyst Janis Kalnins said the threat was growing.")
    assert ("Janis Kalnins", "European services to act against Russian sabotage") not in speaker_quotes(text)


def test_along_with_joins_a_list_of_places():
    text = ('"As of today, the villages of Novenke and Basivka in the Yunakivka community, along with Veselivka in '
            'the Khotin community, remain under enemy control," the governor wrote.')
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Novenke", "Basivka", "Veselivka"}
