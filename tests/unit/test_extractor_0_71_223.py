"""Extractor 0.71.223 (after 0.71.222), in sentences of our own (each fails on 0.71.222 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 3, 17)


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.statement_type, s.quote_text[:40]) for s in extract(ArticleText("t", text, DAY)).statements]


def test_a_member_line_with_seat_and_party_names_the_speech_below_it():
    text = ("Dail debates\n\nTuesday, 18 November 2025\n\n"
            "Photo of Aoife BrennanAoife Brennan (Cork North, Independent)\nLink to this: Individually | In context\n\n"
            "For almost four years, Ukraine has resisted an invasion that no one in this House can excuse. We owe its "
            "people our steady help.")
    assert said(text) == [("Aoife Brennan", "direct", "For almost four years, Ukraine has resis")]


def test_a_peer_s_portrait_line_names_the_speech_and_a_title_inside_a_name_stays_whole():
    text = ("Lords Chamber\n"
            "Lord McAllister Portrait Lord McAllister (CB)\n- View Speech - Hansard - -\n\n"
            "My Lords, it has been a long and gruelling three years since the invasion, and the ball is now clearly in "
            "the Kremlin's court.")
    assert said(text) == [("Lord McAllister", "direct", "My Lords, it has been a long and gruelli")]


def test_a_verbatim_record_turn_names_its_speaker_before_the_dash():
    text = ("Anna Keller, President of the Council. \u2013 Madam President, two weeks ago we expressed our horror at "
            "the siege of the city, and today we demand that the attacks stop.")
    assert said(text) == [("Anna Keller", "direct", "Madam President, two weeks ago we expres")]


def test_guard_a_title_s_dash_before_a_reporting_verb_is_no_verbatim_turn():
    text = ("Iryna Vereshchuk, Deputy Prime Minister \u2013 Minister of Reintegration, made the statement at the "
            "opening of a support centre. \"Please, evacuate. A difficult winter is coming,\" Vereshchuk said.")
    assert [s for s, t, _ in said(text) if t == "direct"] == ["Iryna Vereshchuk"]


def test_noble_lords_are_no_speakers_of_what_another_has_said():
    got = said("As a couple of noble Lords have mentioned, the President of the United States has said that the "
               "killing has to stop.")
    assert [s for s, _, _ in got] == ["Donald Trump"]
