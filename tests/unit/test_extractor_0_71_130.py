"""Extractor 0.71.130 (after 0.71.129), in sentences of our own (each fails on 0.71.129 unless marked a guard).

"Called into question by X" casts doubt, no words of X's; Belarus's defence ministry is its own body, not Russia's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import speakers


def test_called_into_question_by_an_attack_is_no_statement():
    text = ("At the same time, the wish of Moscow to move toward a truce has been called into question by the UAV "
            "strike on the port, which was the largest and killed two people.")
    assert speakers(text, datetime(2025, 3, 12)) == set()


def test_called_on_stays_a_statement():
    # (a guard: a call on someone reports it)
    text = "Zelensky called on the allies to send more air defence systems."
    assert speakers(text, datetime(2025, 3, 12)) == {"Volodymyr Zelensky"}


def test_belarus_defence_ministry_is_its_own_body():
    text = ("Russian troops shelled the plant overnight, Russia's defence ministry said.\n\n"
            "A snap inspection of its rapid response forces has begun, the Belarusian Defence Ministry said.")
    assert speakers(text, datetime(2022, 5, 4)) == {"Russian Ministry of Defence", "Belarusian Ministry of Defence"}
