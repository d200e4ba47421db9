"""Extractor 0.71.120 (after 0.71.119), in sentences of our own (each fails on 0.71.119 unless marked a guard).

"The local governor said" in a sentence that names no oblast is the governor of the one oblast the text names just
before; "According to <outlet>, the <Body> of the <Body> stated that ..." is the body's statement, the outlet passing
it on."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import quotes


def test_the_local_governor_of_the_oblast_named_just_before():
    text = ("Kyiv's forces pressed their raid in the Kursk region for a seventh day.\n"
            "Thousands more residents were told to leave their homes.\n"
            "The local governor said that some 30 villages had been lost to the attackers.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2024, 8, 13))} == {"Alexei Smirnov"}


def test_two_oblasts_named_before_leave_the_local_governor_unnamed():
    # (a guard: with two oblasts before him, which governor spoke is not told)
    text = ("Drones struck the Kursk and Belgorod regions overnight.\n"
            "The local governor said that the fire was out.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2024, 8, 13))} <= {"local governor"}


def test_a_body_with_of_the_after_an_outlets_according_to():
    text = ("Ukraine said it had retaken parts of Kupiansk.\n\n"
            "According to the news site Ukrainska Pravda, the Azov Brigade of the Ukrainian National Guard stated via "
            "Telegram that Russian supply lines near the town had been cut.\n\nNothing else.")
    assert {s for s, _q in quotes(text, datetime(2025, 12, 12))} == {"Azov Brigade of the Ukrainian National Guard"}
