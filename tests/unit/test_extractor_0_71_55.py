"""Extractor 0.71.55 (after 0.71.54), in sentences of our own (each fails on 0.71.54 unless marked a guard): a
person's name after a town is no second town; a raising "said to have been" keeps the places before it as subject;
"are to capture" sets a task; "positions within the town" is part of it; "characterized"/"slammed ... as" and
"called X illegal" report a judgement; "pro-Western" before a role; an apposed speaker's "described ... as" keeps
its speaker before a closing "according to" agency."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, speaker_quotes, speakers

DAY = datetime(2025, 4, 2)


def test_a_person_named_after_the_town_is_no_town():
    text = ("Kyiv has ordered the withdrawal of troops from the eastern town of Chasiv Yar, Mykola Hrytsenko, the "
            "commander of the eastern group, said on Tuesday.")
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Chasiv Yar"}


def test_places_before_a_raising_said():
    text = "The villages of Staromaiorske and Urozhaine were also said by local officials to have been recaptured."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Staromaiorske", "Ukraine"), ("Urozhaine", "Ukraine")}


def test_a_raising_said_without_its_agent():
    text = "Urozhaine is said to have been recaptured by Ukrainian marines."
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {("Urozhaine", "Ukraine")}


def test_said_still_opens_a_clause():
    # guard: an ordinary "said" still opens the clause after it
    text = "Hanna Maliar said Urozhaine had been recaptured."
    assert {(p, cl) for p, _c, _s, cl in places(text, DAY)} == {("Urozhaine", "Hanna Maliar")}


def test_units_are_to_capture_a_town():
    text = "Valery Gerasimov said the Centre and West groups are to jointly capture the town of Kostiantynivka."
    assert places(text, DAY) == set()


def test_positions_within_the_town():
    text = ("Fighting reached Toretsk on Friday. The police chief of Toretsk reported heavy fighting on Monday, with "
            "Russian troops securing positions within the town.")
    assert places(text, DAY) == set()


def test_characterized_as():
    text = ('Norway\'s foreign minister, Espen Barth Eide, characterized the deal as "a step towards a just peace" '
            "after the talks.")
    assert ("Espen Barth Eide", 'the deal as "a step towards a just peace"') in speaker_quotes(text)


def test_slammed_as():
    text = "The Polish foreign ministry slammed the closure as “unacceptable” and “hostile.”"
    assert any("closure as" in q for _s, q in speaker_quotes(text))


def test_slammed_without_as_reports_nothing():
    # guard: "slammed" with a plain object is an act of criticism with no content given
    text = "The Polish foreign minister Radoslaw Sikorski slammed the closure on Monday."
    assert speaker_quotes(text) == set()


def test_called_the_sanctions_illegal():
    text = "Foreign Minister Sergei Lavrov called the new restrictions illegal."
    assert speaker_quotes(text) == {("Sergei Lavrov", "the new restrictions illegal")}


def test_pro_western_descriptor_before_a_role():
    text = "According to pro-Ukrainian analyst Serhiy Kuzan, the defences near Kurakhove held."
    assert speakers(text) == {"Serhiy Kuzan"}


def test_apposed_speaker_describes_before_an_agency_credit():
    text = ("Hungary's foreign ministry spokesman, Mate Paczolay, described the ban as “unjustified,” according to "
            "Hungarian news agency MTI.")
    assert speakers(text) == {"Mate Paczolay"}
