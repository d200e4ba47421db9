"""Extractor 0.62.1: rules from held back 59's misses, after its scoring, each in sentences of our own, each failing
on 0.62.0; guards keep their outcome on both."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements as _statements


def test_reports_say_names_no_speaker():
    assert _statements("Reports say losses last month reached a record of more than 1,500 a day.") == set()


def test_a_verb_with_that_after_a_source_aside_is_no_inversion():
    # "the Crimean" after the verb's "that" had been read as an inverted speaker
    text = ("Earlier on Monday, a number of Ukrainian mass media, citing their sources, reported that the destruction of "
            "the Crimean bridge was a joint operation.")
    assert all(s[0] != "Crimean" for s in _statements(text))


def test_an_inverted_outlet_still_speaks():
    # guard (held on both)
    assert {s[0] for s in _statements("The offensive goes on in the north, reported Interfax.")} == {"Interfax"}

