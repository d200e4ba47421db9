"""Extractor 0.71.257 (after 0.71.256), in sentences of our own (each fails on 0.71.256 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 6, 3)


def _run(text: str, day: datetime = DAY):
    return extract(ArticleText("t", text, day))


def _speakers(text: str, day: datetime = DAY):
    return [(s.speaker, s.statement_type) for s in _run(text, day).statements]


def _places(text: str, day: datetime = DAY):
    return {(c.place, c.controller, c.stance, c.action) for c in _run(text, day).place_claims}


def test_a_line_printed_twice_is_said_once():
    line = 'Mark Galeotti: "In the information war, this raid has been like an earthquake almost."'
    text = f"RFE/RL: What has happened?\n\n{line}\n{line}\n\nMark Galeotti: Well, the raid surprised everyone."
    assert _speakers(text).count(("Mark Galeotti", "direct")) == 1


def test_a_general_staff_in_lower_case_that_counts_russian_attacks_is_kyivs():
    text = ("Dozens of North Korean soldiers were wounded, South Korea's Joint Chiefs of Staff said on Monday. The "
            "general staff also reported heavy fighting near Kurakhove, with 41 Russian attempts to break through.")
    assert _speakers(text)[-1] == ("Ukrainian General Staff", "indirect")


def test_guard_a_general_staff_its_sentence_names_as_russias_stays_russias():
    text = ("Russia's General Staff said on Monday that its units had repelled attacks near Kursk. The General Staff "
            "also reported heavy fighting near Sudzha.")
    assert _speakers(text)[-1][0] == "Russian General Staff"


def test_according_to_officers_of_a_service_names_no_one():
    text = ("Putin toured the front on Friday. According to the intelligence officers, Ukraine is pushing some of the "
            "Russian forces back.")
    assert _speakers(text) == []


def test_a_participle_of_the_occasion_between_speaker_and_verb():
    assert _speakers("Kharkiv Governor Oleh Syniehubov speaking to journalists on May 11 said the situation was under "
                     "control.") == [("Oleh Syniehubov", "indirect")]


def test_a_russian_spelling_of_a_deepstate_founder_is_the_founder():
    assert _speakers("Roman Pogorely, the co-founder of the project, said the town would be lost within weeks.") == [
        ("Roman Pohorilyi", "indirect")]


def test_a_time_clauses_present_take_is_to_come():
    assert _places("The region will be theirs after they take Kostiantynivka, Oleksandr Syrskyi said.") == set()


def test_guard_a_headlines_present_take_with_its_side_is_a_claim():
    assert _places("Russian troops take Kostiantynivka, the ministry said.") == {
        ("Kostiantynivka", "Russia", "asserted", "captured")}
