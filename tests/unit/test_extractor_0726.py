"""Extractor 0.70.26: what held back 89's errors showed (read after it was scored once), in sentences of our own
(each case fails on 0.70.25)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run

DAY = datetime(2025, 11, 21)


def test_secured_settlements_and_ground_are_gains():
    text = "The Dnipro grouping has secured nine settlements and over 180 square kilometers in the Zaporizhzhia region."
    assert {(m, v) for m, _c, v in areas(text, DAY)} == {("settlements_gained", 9.0), ("area_gained", 180.0)}


def test_a_range_of_shares_each_with_its_sign():
    text = "Denis Pushilin said that \u201cfrom 45% to 50%\u201d of the region\u2019s territory was under Russian control."
    claims = {(c[0], c[2]) for c in areas(text, DAY)}
    assert claims == {("territory_share", 0.45)}
    # a change is no range
    changed = run("The share under Russian control rose from 45% to 50% of the region, he said.", DAY).area_claims
    assert (0.45, 0.5) not in {(c.value_low, c.value_high) for c in changed}


def test_were_able_to_liberate_is_done_and_deoccupy_is_liberate():
    text = ("The brigade commander confirmed that Ukrainian soldiers were able to deoccupy Zelenyi Hai by September 24, "
            "Radkivka by October 9, and Kindrashivka by October 11.")
    assert {(p, c) for p, c, _s, _cl in places(text, DAY)} == {
        ("Zelenyi Hai", "Ukraine"), ("Radkivka", "Ukraine"), ("Kindrashivka", "Ukraine")}
    assert places("Ukraine hopes to be able to liberate Kindrashivka.", DAY) == set()
