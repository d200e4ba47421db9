"""Extractor 0.70.84, in sentences of our own (each case fails on 0.70.83): a credit line whose speaker's title opens
it without an article ("Spokesperson for the Southern Defense Forces, X, said this ..."), or relayed by an outlet
before its passive ("According to Censor.NET, this was reported by the spokesperson ..., X"), credits the sentence
before; a syndicator's tag ("(MENAFN- UkrinForm)") is no part of the words."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes


def test_a_title_without_its_article_then_the_name_in_commas_credits_the_sentence_before():
    text = ("Russian troops are trying to land on the islands. Spokesperson for the Southern Defense Forces, Ivan "
            "Petrenko, said this in a television broadcast, Ukrinform reports.")
    assert speaker_quotes(text) == {("Ivan Petrenko", "Russian troops are trying to land on the islands")}


def test_this_was_reported_by_relayed_by_an_outlet_credits_the_sentence_before():
    text = ("Russian ships stay at the base. According to Censor.NET, this was reported by the spokesperson for the "
            "Ukrainian Navy, Ivan Petrenko, on television.")
    assert speaker_quotes(text) == {("Ivan Petrenko", "Russian ships stay at the base")}


def test_a_syndicators_tag_is_no_part_of_the_words():
    text = "(MENAFN- UkrinForm) Russian ships stay at the base, Navy spokesman Ivan Petrenko said."
    assert speaker_quotes(text) == {("Ivan Petrenko", "Russian ships stay at the base")}
