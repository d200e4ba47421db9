"""Extractor 0.71.235 (after 0.71.234), in sentences of our own (each fails on 0.71.234 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _statements(text: str, day: datetime = datetime(2023, 5, 21)):
    return [(s.speaker, s.quote_text) for s in extract(ArticleText("t", text, day)).statements]


def test_a_speech_told_after_the_verb_is_where_not_what():
    assert _statements("The mayor of Odesa said in a speech on the evening of May 20.") == []


def test_an_address_to_a_summit_is_where_not_what():
    assert _statements("Volodymyr Zelensky has said in his address to the G7 summit.") == []


def test_social_media_and_a_vote_are_where_and_when():
    # (copy that lost its opening quotation mark, and one that mixes straight and curly marks)
    found = _statements("Our soldiers are still advancing”, said Mr Zelensky in a video he posted on social media. "
                        "\"It’s amazing,” Ukraine’s UN Ambassador Sergiy Kyslytsya told the media after the vote.")
    assert [q for _, q in found if q.startswith(("on social", "after the"))] == []


def test_guard_a_speech_then_its_content_is_a_statement():
    assert _statements("Volodymyr Zelensky said in a speech on Monday that Russia must leave every occupied town.") == [
        ("Volodymyr Zelensky", "Russia must leave every occupied town.")]


def test_a_body_reports_findings_indicate_what_it_says():
    assert _statements("Russia has moved reserves north, the Institute for the Study of War said on Monday. The report "
                       "indicates that Russian commanders may have moved some forces from the Vovchansk area.") == [
        ("Institute for the Study of War", "Russia has moved reserves north"),
        ("Institute for the Study of War", "Russian commanders may have moved some forces from the Vovchansk area.")]


def test_the_report_of_a_body_an_agency_relays_stays_the_bodys():
    assert _statements("This is stated in an intelligence report published by the British Ministry of Defence, UNN "
                       "reports. The report says that Russian commanders may have moved some forces north.") == [
        ("UK Ministry of Defence", "Russian commanders may have moved some forces north.")]


def test_guard_a_statement_indicates_is_a_reading_of_words():
    assert _statements("Peskov's statement also indicates that the Kremlin sees no point in talks.") == []
