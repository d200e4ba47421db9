"""Extractor 0.71.63 (after 0.71.62), in sentences of our own (each fails on 0.71.62 unless marked a guard): an official
the text never names ("the senior Turkish official", "the Pentagon official") is no speaker; ", X said, reporting from
Kyiv." adds no content after the frame."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said

DAY = datetime(2024, 5, 11)


def test_an_unnamed_national_official():
    text = "Erdogan might call Putin after the talks, the Turkish official said."
    assert said(text, DAY) == []


def test_an_unnamed_senior_official():
    text = "Both leaders will also discuss the grain corridor, the senior Turkish official said on Friday."
    assert said(text, DAY) == []


def test_an_unnamed_agency_official():
    text = "We are not seeing Russian forces north of Kyiv any more, the Pentagon official said."
    assert said(text, DAY) == []


def test_a_named_official_still_speaks():
    # guard: an official with a name is that person
    text = "Pentagon press secretary John Kirby said Russian forces had withdrawn from the north."
    assert [s for s, _q in said(text, DAY)] == ["John Kirby"]


def test_reporting_from_a_city_after_the_frame():
    text = "Nearly two thousand people have been evacuated, Al Jazeera's Charles Stratford said, reporting from Kharkiv."
    assert said(text, DAY) == [("Charles Stratford", "Nearly two thousand people have been evacuated")]


def test_content_after_the_frame():
    # guard: a clause after the frame that is more than a reporter's whereabouts is still content
    text = "Nearly two thousand people have been evacuated, Charles Stratford said, most of them from Vovchansk."
    assert "Vovchansk" in said(text, DAY)[0][1]
