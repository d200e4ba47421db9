"""Extractor 0.70.0: from the misses of held back 68 to 73 (all scored before), in sentences of our own (each case
fails on 0.69.5; the guards hold on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_types, statements


def test_a_clause_reported_before_adding_a_quotation_is_a_statement_of_its_own():
    text = ("Defence Minister Sergei Shoigu said that the enemy had lost most of its tanks, adding: "
            "\u201cOur air force controls the sky over the front.\u201d")
    assert speaker_types(text) == {("Sergei Shoigu", "indirect"), ("Sergei Shoigu", "direct")}
    indirect = [q for s, t, q in statements(text) if t == "indirect"]
    assert indirect == ["the enemy had lost most of its tanks"]    # not the participle and the quotation after it


def test_a_sentence_opened_by_but_keeps_its_subject_before_a_participle_frame():
    text = ("But Shoigu insisted on Tuesday that \u201cthe enemy has lost most of its tanks\u201d, adding: "
            "\u201cOur air force controls the sky over the front.\u201d")
    assert speaker_types(text) == {("Sergei Shoigu", "indirect"), ("Sergei Shoigu", "direct")}


def test_an_object_noun_phrase_before_a_participle_frame_is_no_statement():
    text = ("President Volodymyr Zelensky praised the courage of the crews, saying, \u201cEvery one of them "
            "deserves our thanks tonight.\u201d")
    assert speaker_types(text) == {("Volodymyr Zelensky", "direct")}


def test_meanwhile_between_the_speaker_and_the_verb():
    text = "Foreign Minister Andrii Sybiha meanwhile said Moscow had rejected every proposal for a ceasefire."
    assert speaker_types(text) == {("Andrii Sybiha", "indirect")}


def test_hearsay_of_what_someone_said_is_still_his_statement():
    text = "Putin is reported to have told the envoy he would stop the offensive if Kyiv gave up the region."
    assert speaker_types(text) == {("Vladimir Putin", "indirect")}


def test_an_apposition_that_never_closes_its_comma():
    text = ("Denis Pushilin, head of the Donetsk People\u2019s Republic confirmed that the remaining villages had been "
            "taken.")
    assert speaker_types(text) == {("Denis Pushilin", "indirect")}


def test_an_aside_between_dashes_before_the_verb():
    text = ("Denis Pushilin, head of the Donetsk People\u2019s Republic (DPR)\u2014the Russian-installed authority "
            "governing the region\u2014confirmed that the remaining villages had been taken.")
    assert speaker_types(text) == {("Denis Pushilin", "indirect")}
    text = ("The Defence Ministry \u2013 which has not commented on the figures \u2013 said that the rest of the front "
            "was stable.")
    assert speaker_types(text) == {("Defence Ministry", "indirect")}


def test_the_head_of_the_separatist_republic_is_its_office_holder():
    # (until 0.71.109 the republic itself spoke here; since 0.71.110 "the head of the Donetsk People's Republic" is the
    # holder of the seeds' office on the day, as "the Russian-installed leader of Donetsk" was)
    text = "The head of the Donetsk People\u2019s Republic confirmed that the remaining villages had been taken."
    assert speaker_types(text) == {("Denis Pushilin", "indirect")}


def test_a_label_after_a_headline_that_asks_is_no_interviewee():
    text = ("Summit at the Air Base: What Is on the Table?\n\n"
            "Ramstein Air Base, Germany: The meeting of the contact group began on Friday. NATO Secretary General "
            "Jens Stoltenberg said that allies were discussing deliveries of aircraft to Ukraine.")
    assert speaker_types(text) == {("Jens Stoltenberg", "indirect")}
