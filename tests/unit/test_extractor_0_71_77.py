"""Extractor 0.71.77 (after 0.71.76), in sentences of our own (each fails on 0.71.76 unless marked a guard): a count of
places a side is said to have "fabricated" (or invented) the capture of is no gain; "the Russian Volunteers Corps" is
the known unit (the legion's other spellings, now seed aliases, were found before by its name's words)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, speakers

DAY = datetime(2024, 6, 12)


def test_a_fabricated_capture_is_no_gain():
    text = "The Russian Ministry of Defence fabricated the capture of three Ukrainian villages in the Kharkiv region."
    assert areas(text, DAY) == set()


def test_the_legion_under_another_spelling():
    # guard: the legion's spellings, matched before by the words of its name, now also seed aliases
    assert speakers("The Legion for Freedom of Russia said its fighters had entered the village.") == {
        "Freedom of Russia Legion"}
    assert speakers("Russia's Freedom Legion said its fighters had entered the village.") == {"Freedom of Russia Legion"}


def test_the_volunteer_corps_under_a_plural_spelling():
    assert speakers("The Russian Volunteers Corps said its fighters had entered the village.") == {
        "Russian Volunteer Corps"}
