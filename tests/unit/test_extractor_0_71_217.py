"""Extractor 0.71.217 (after 0.71.216), in sentences of our own (each fails on 0.71.216 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 5, 17)


def said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_firm_described_by_two_trades_speaks_after_the_clause():
    assert said("Two pumping stations were hit overnight, the state-run oil and gas firm Naftohaz said.") == [
        ("Naftohaz", "Two pumping stations were hit overnight")]


def test_a_firm_with_two_trades_and_a_minister_both_speak():
    got = said("Two pumping stations were hit overnight, the oil and gas firm Naftohaz and Energy Minister "
               "Herman Halushchenko said.")
    assert sorted(s for s, _ in got) == ["Herman Halushchenko", "Naftohaz"]
    assert {q for _, q in got} == {"Two pumping stations were hit overnight"}


def test_a_rights_group_described_before_its_name_speaks_after_the_clause():
    assert said("Dozens of civilians were detained in the city, the human rights organisation Memorial said.") == [
        ("Memorial", "Dozens of civilians were detained in the city")]


def test_a_sentence_connective_is_no_speaker_before_a_reduced_participle():
    assert said("Alternatively, the long offensive has resulted in heavy losses for the attackers, estimated at "
                "about 400,000 men, creating problems for the command.") == []


def test_a_span_of_time_before_the_speaker_is_no_content():
    got = said("Only a week earlier, Olaf Brandt had hinted at a summit with the Russian leader in Vienna.")
    assert all(q != "Only a week earlier" for _, q in got)


def test_guard_a_clause_before_the_speaker_stays_content_after_a_span_of_time():
    assert said("Two days later, the army had pushed the attackers back, Olaf Brandt said.") == [
        ("Olaf Brandt", "Two days later, the army had pushed the attackers back")]


def test_a_digest_heading_before_its_colon_is_no_subject_of_a_participle():
    got = said("Hungarian Objection: Prime Minister Viktor Orban opposed the new sanctions package, stating it "
               "would hurt Europe's economy more than Russia's.")
    assert [s for s, _ in got] == ["Viktor Orban"]


def test_a_lede_without_its_full_stop_is_credited_by_the_line_below():
    text = ("Children in occupied areas face pressure at school\n\n"
            "Occupation authorities threaten parents who keep their children in Ukrainian online classes\n"
            "This is stated in a report by Amnesty International.")
    assert said(text) == [("Amnesty International",
                           "Occupation authorities threaten parents who keep their children in Ukrainian online classes")]


def test_guard_a_headline_above_a_lede_stays_furniture():
    text = ("Occupation authorities threaten parents over online classes\n\n"
            "Parents who keep their children in Ukrainian online classes are threatened with fines, "
            "Amnesty International said.")
    assert said(text) == [("Amnesty International",
                           "Parents who keep their children in Ukrainian online classes are threatened with fines")]


def test_a_capital_city_alone_is_no_speaker():
    assert said("Kathmandu urged Moscow to stop recruiting Nepali citizens and send them home.") == []
