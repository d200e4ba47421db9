"""Extractor 0.70.79, in sentences of our own (each case fails on 0.70.78): '"...," ISW summarizes.' closes a quotation
like "said" (a new reporting verb, only with a clause or closing a quotation); translated copy's "It is noted that
..." goes on with the source of the sentences just before (not when its clause names its own speaker)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speaker_quotes, speakers


def test_summarizes_closes_a_quotation():
    text = '"The recent gains have disrupted the enemy\'s plans for the spring," the ISW summarizes.'
    assert speakers(text) == {"Institute for the Study of War"}
    assert speakers("The ministry summarized the week of fighting in a long post on Sunday.") == set()


def test_it_is_noted_that_goes_on_with_the_source_just_cited():
    text = ("Ukrainian troops regained more ground than they lost this month. This was reported by the Institute for "
            "the Study of War.\n\nIt is noted that since January 1, Ukrainian troops have liberated about 250 square "
            "kilometers.")
    assert ("Institute for the Study of War",
            "since January 1, Ukrainian troops have liberated about 250 square kilometers") in speaker_quotes(text)
    assert speakers("It is noted that the weather was cold on Monday in the region.") == set()
