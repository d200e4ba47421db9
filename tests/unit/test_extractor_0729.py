"""Extractor 0.70.29: what the pooled real corpus's misses showed, in sentences of our own (each case fails on
0.70.28)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, said

DAY = datetime(2025, 11, 21)


def test_fully_or_partially_controlled_is_a_holding_partially_alone_is_not():
    assert areas("By November 20, Russian forces fully or partially controlled 19.4 percent of Ukrainian territory.",
                 DAY) == {("territory_share", "Russia", 0.194)}
    assert areas("By November 20, Russian forces partially controlled 19.4 percent of Ukrainian territory.", DAY) == set()


def test_an_inverted_frame_closed_by_the_speakers_apposition():
    text = ("The army has left the town of Izium and other settlements, says Denis Bezsonov, a representative for "
            "\u201cDPR\u201d, a breakaway entity in the east.")
    assert said(text, datetime(2022, 9, 11)) == [("Denis Bezsonov", "The army has left the town of Izium and other settlements")]
    # a clause after the frame is still what was said
    text = "Because of the war, said Volodymyr Zelensky, the elections \u201cwill not take place on time\u201d."
    assert [q for _s, q in said(text, datetime(2023, 5, 20))] == [
        "Because of the war the elections \u201cwill not take place on time\u201d."]
