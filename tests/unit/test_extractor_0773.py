"""Extractor 0.70.73, in sentences of our own (each case fails on 0.70.72): an outlet that "quotes" or "cites" a
speaker "as saying" (present tense, after the quotation or before the reported clause) passes on that speaker's
words, as "quoted" and "cited" already did."""
from __future__ import annotations

from tests.unit.extraction_helpers import places, speaker_types


def test_quotes_x_as_saying_after_a_quotation_credits_x():
    text = ("“Our units entered and liberated the villages of Zelene and Ternova,” the agency quotes the General Staff "
            "of the Ukrainian Armed Forces as saying in a Facebook post.")
    assert speaker_types(text) == {("Ukrainian General Staff", "direct")}
    assert {(p, c, claimant) for p, c, _s, claimant in places(text)} == {
        ("Zelene", "Ukraine", "Ukrainian General Staff"), ("Ternova", "Ukraine", "Ukrainian General Staff")}


def test_cites_x_as_saying_that_credits_x():
    text = "The agency cites the General Staff of the Ukrainian Armed Forces as saying that two bridges were destroyed."
    assert speaker_types(text) == {("Ukrainian General Staff", "indirect")}
