"""Extractor 0.71.129 (after 0.71.128), in sentences of our own (each fails on 0.71.128 unless marked a guard).

A wire dateline with the city's country ("KATHMANDU, Nepal (AP) —"), also after a page's metadata date, is furniture,
not a speaker; "the commander of a tank battalion" is one of many, nobody named."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import speakers


def test_a_dateline_with_the_citys_country_is_no_speaker():
    text = ("date 2024-01-05 DHAKA, Bangladesh (AP) \u2014 Bangladesh\u2019s government has barred its citizens from "
            "working in Russia, saying dozens had been recruited by the Russian army.")
    assert "DHAKA" not in speakers(text, datetime(2024, 1, 5))


def test_a_capital_dateline_with_its_agency_stays_furniture():
    # (a guard: the plain wire dateline)
    text = "KYIV, Aug 13 (Reuters) - Ukraine's military said its troops had advanced two kilometres."
    assert speakers(text, datetime(2024, 8, 13)) == {"Ukrainian General Staff"}


def test_the_commander_of_a_unit_is_nobody_named():
    text = "\u201cWe are short of shells,\u201d the commander of a Ukrainian artillery battalion told The New York Times."
    assert speakers(text, datetime(2024, 5, 29)) == set()
