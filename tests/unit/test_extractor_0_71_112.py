"""Extractor 0.71.112 (after 0.71.111): a dash credit whose verb has two words ("- he summed up.") no longer stops
the extraction of its article (0.71.111 raised ValueError on it)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_a_dash_credit_with_a_verb_of_two_words():
    text = ("John Kirby spoke at length about the front on Monday.\n\n"
            "The situation is difficult but under control, and we are holding our positions everywhere.\n\n"
            "- he summed up.\n\nNothing else.")
    assert quotes(text, datetime(2024, 1, 1)) == {
        ("John Kirby", "The situation is difficult but under control, and we are holding our positions everywhere")}
