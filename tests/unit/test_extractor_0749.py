"""Extractor 0.70.49: people at the front named by rank or trade, in sentences of our own (each case but the guards
fails on 0.70.48)."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers as _speakers


def test_a_serviceman_named_after_his_trade_speaks():
    text = "Shelling near the town has doubled this week, said Ukrainian serviceman Ostap Melnyk."
    assert _speakers(text) == {"Ostap Melnyk"}


def test_the_army_before_the_trade_is_not_the_speaker():
    text = ("The enemy now attacks in small groups, reports Ukrainian Armed Forces officer Ostap Melnyk in a comment "
            "to a Kyiv radio station.")
    assert _speakers(text) == {"Ostap Melnyk"}


def test_the_bare_trade_points_back_only_to_a_person_called_so():
    text = ("Army medic Ostap Melnyk spoke to reporters near the front. "
            "“We are short of tourniquets,” the medic said.")
    assert _speakers(text) == {"Ostap Melnyk"}


def test_the_bare_trade_is_not_whoever_was_named_last():
    text = "President Volodymyr Zelensky visited the front on Friday. The soldier said his unit was exhausted."
    assert _speakers(text) == set()
