"""Extractor 0.70.40: held back 100's speakers (read after its one scoring), in sentences of our own (each case fails
on 0.70.39)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said

DAY = datetime(2024, 9, 9)


def test_an_acronym_speaks_for_the_body_named_in_full_before():
    text = ("The findings come from Conflict Armament Research, which documents weapons in wars. CAR said the debris "
            "came from three North Korean missiles.")
    assert said(text, DAY) == [("Conflict Armament Research", "the debris came from three North Korean missiles.")]


def test_an_acronym_with_small_words_in_the_name():
    text = ("The Institute for Science and International Security tracks the Alabuga plant. ISIS said output would "
            "double next year.")
    assert [s for s, _ in said(text, DAY)] == ["Institute for Science and International Security"]


def test_the_deputy_defence_minister_on_the_day_she_was_dismissed():
    text = "Ukraine has retaken two more square kilometres near Bakhmut, Ukraine\u2019s deputy defence minister said."
    assert [s for s, _ in said(text, datetime(2023, 9, 18))] == ["Hanna Maliar"]
