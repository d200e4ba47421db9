"""Extractor 0.71.96 (after 0.71.95), in sentences of our own (each fails on 0.71.95 unless marked a guard).

Places: "conquered X" is a capture; "Russia claimed to control the region after capturing X": the gerund after a
subordinator is the main clause subject's. Speakers: "X, the regional administrator of Y, who mentioned ..." is X; an
unnamed official's "said ..., Reuters reported" is no outlet's statement; "an interview by X, in which he admits" is X's;
"In the meeting with A, envoy B pushed back against C, saying ..." is B's. Figures: "the Russian forces claiming
control over five villages", told by a Ukrainian official, are Russia's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, run

DAY = datetime(2024, 5, 12)


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return places(text, day)


def _statements(text: str, day: datetime = DAY) -> set[tuple]:
    return quotes(text, day)


def test_conquered_is_a_capture():
    text = "The Russian Defence Ministry said that its units and separatist forces have conquered Popasna."
    assert _places(text, datetime(2022, 5, 8)) == {("Popasna", "Russia", "asserted", "Russian Ministry of Defence")}


def test_a_gerund_after_a_subordinator_shares_the_main_subject():
    text = "Russia has claimed to fully control Ukraine's Luhansk region after capturing the city of Sievierodonetsk."
    assert _places(text, datetime(2022, 6, 26)) == {("Sievierodonetsk", "Russia", "asserted", None)}


def test_who_after_a_title_apposed_to_a_name():
    text = ("The closure of the crossing was confirmed by Sergey Aksyonov, the regional administrator of Crimea, who "
            "mentioned an \u201cincident at the ninth span of the bridge.\u201d")
    assert {s for s, _q in _statements(text, datetime(2023, 7, 17))} == {"Sergei Aksyonov"}


def test_an_unnamed_official_is_not_replaced_by_the_outlet():
    text = ("A demining service official said on Tuesday that work had begun on 9,000 square km of farmland, "
            "Reuters reported.")
    assert "Reuters" not in {s for s, _q in _statements(text, datetime(2022, 10, 4))}


def test_the_pronoun_in_a_relative_clause_of_an_interview():
    text = ("Vladimir Putin held his annual news conference. It came a day after an interview by President Volodymyr "
            "Zelensky, in which he admits that the army lacks the strength to retake all the land.")
    assert _statements(text, datetime(2024, 12, 20)) == {
        ("Volodymyr Zelensky", "the army lacks the strength to retake all the land")}


def test_with_before_a_clause_of_its_own_is_no_participle_subject():
    text = ("In the talks with Trump, US special envoy Keith Kellogg pushed back against the plan, saying that Kyiv "
            "would never give up the land.")
    assert {s for s, _q in _statements(text, datetime(2025, 4, 11))} == {"Keith Kellogg"}


def test_with_and_an_apposition_is_unchanged():    # a guard: a named subject of the participle after "with"
    text = "The meeting ended with Oleksandr Syrskyi, Ukraine's commander-in-chief, stating that the front was stable."
    assert {s for s, _q in _statements(text, datetime(2025, 4, 11))} == {"Oleksandr Syrskyi"}


def test_the_side_that_claims_the_control():
    text = ("Oleh Syniehubov said that 3,000 residents had been evacuated in the wake of the Russian forces claiming "
            "control over six villages in the region.")
    assert {(a.controller, a.value_low) for a in run(text).area_claims} == {("Russia", 6.0)}
