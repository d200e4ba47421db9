"""Extractor 0.71.129 (after 0.71.128), in sentences of our own (each fails on 0.71.128 unless marked a guard).

A wire dateline with the city's country ("KATHMANDU, Nepal (AP) —"), also after a page's metadata date, is furniture,
not a speaker; "the commander of a tank battalion" is one of many, nobody named."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.discourse import Resolved
from pipelines.extraction.statements import _unidentified
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
    # (the speaker as the discourse leaves it after "..., the commander of a Ukrainian tank battalion told The New York
    # Times": one of many, whom the statements drop as unnamed)
    assert _unidentified(Resolved("commander of a tank battalion", "the commander of a Ukrainian tank battalion",
                                  None, "Ukraine", None))


def test_a_commander_of_a_named_unit_stays_named():
    # (a guard: a capitalised unit names whose commander it is)
    assert not _unidentified(Resolved("commander of the 47th Brigade", "the commander of the 47th Brigade", None,
                                      "Ukraine", None))
