"""Extractor 0.70.75, in sentences of our own (each case fails on 0.70.74): a credit line relayed by an outlet that
"reports" it ("X stated this on Facebook, Ukrinform reports") credits the sentence before to X; "Statements by the
title, Name, claiming ..." are Name's claim, not the statements'; an outlet named after a city ("the Kyiv
Independent") locates no place."""
from __future__ import annotations

from tests.unit.extraction_helpers import run, speaker_quotes, speakers


def test_a_credit_line_an_outlet_reports_credits_the_sentence_before():
    text = "The bridge near the village is intact. The 15th Army Corps stated this on Facebook, Ukrinform reports."
    assert speaker_quotes(text) == {("15th Army Corps", "The bridge near the village is intact")}


def test_statements_by_a_titled_name_claiming_are_that_names():
    text = ("Statements by the Chief of the General Staff of the Russian Armed Forces, Valery Gerasimov, claiming "
            "street fighting in the village of Kutkivka do not correspond to reality.")
    assert speakers(text) == {"Valery Gerasimov"}


def test_an_outlet_named_after_a_city_locates_no_place():
    text = ("Citing Governor Petro Marchenko, the Kyiv Independent said Ukrainian troops had liberated the village of "
            "Zarichnivka.")
    assert [(p.place, p.region) for p in run(text).place_claims] == [("Zarichnivka", None)]
