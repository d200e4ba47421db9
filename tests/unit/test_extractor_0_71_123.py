"""Extractor 0.71.123 (after 0.71.122), in sentences of our own (each fails on 0.71.122 unless marked a guard).

"The Russians are spreading lies about the seizure of X" denies X's capture in the outlet's voice, and the capture it
denies is the spreaders' own (Russia's), as for "fake news" and "disinformation"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places


def test_lies_about_a_seizure_deny_the_spreaders_capture():
    text = ("The occupiers are spreading lies about the seizure of the village of Basivka in the Sumy region.\n\n"
            "Nothing else.")
    assert places(text, datetime(2025, 4, 6)) == {("Basivka", "Russia", "denied", None)}


def test_fake_news_about_a_capture_names_the_spreaders_side():
    text = ("The Russian army is spreading fake news about the capture of the village of Basivka in the Sumy region.\n\n"
            "Nothing else.")
    assert places(text, datetime(2025, 4, 6)) == {("Basivka", "Russia", "denied", None)}


def test_a_denial_of_a_capture_is_the_other_sides_stays_a_guard():
    # (a guard: who denies, not spreads, disowns the capture)
    text = "Kyiv denied the capture of the village of Basivka in the Sumy region.\n\nNothing else."
    assert places(text, datetime(2025, 4, 6)) == {("Basivka", "Russia", "denied", None)}
