"""Extractor 0.63.1: rules from held back 60's misses, after its scoring, each in sentences of our own, each failing
on 0.63.0; guards keep their outcome on both."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places
from tests.unit.extraction_helpers import statements as _statements

DAY = datetime(2025, 5, 27)


def test_a_ukrainian_official_confirming_the_capture_of_villages_tells_the_enemys():
    text = "Governor Oleh Hryhorov confirmed the capture of villages including Novenke and Basivka."
    assert {p[:3] for p in places(text, DAY)} == {("Novenke", "Russia", "asserted"), ("Basivka", "Russia", "asserted")}


def test_confirming_the_occupation_of_villages_is_a_claim():
    text = "Governor Oleh Hryhorov spoke of a buffer zone while confirming the occupation of villages including Novenke."
    assert {p[:3] for p in places(text, DAY)} == {("Novenke", "Russia", "asserted")}


def test_the_occupation_of_a_place_alone_claims_nothing():
    # guard (held on both)
    assert places("The occupation of Kherson ended in November 2022.", DAY) == set()


def test_a_credit_line_told_journalists_after_the_content():
    text = ("About half of the region's territory has already been liberated. Head of the DPR Denis Pushilin told "
            "journalists on August 10.")
    assert ("Denis Pushilin", "indirect", "About half of the region's territory has already been liberated") \
        in _statements(text)
