"""Extractor 0.70.22: monthly tallies as monitors write them (held back 87's first article showed the shapes), in
sentences of our own (each case fails on 0.70.21)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import run

DAY = datetime(2025, 11, 1)


def _dated(text: str) -> set[tuple]:
    return {(c.value_low, c.as_of.isoformat(), c.period_days) for c in run(text, DAY).area_claims}


def test_a_figure_in_brackets_right_after_its_month():
    text = "Russia took 300 sq km, deepening a slowdown that began in September (510 sq km) after a peak in August (620 sq km)."
    assert {(v, d) for v, d, _p in _dated(text) if v != 300.0} == {(510.0, "2025-09-30"), (620.0, "2025-08-31")}


def test_a_range_of_months_each_with_its_year():
    text = "From November 2024 to October 2025, Russian forces captured over 5,000 sq km of Ukrainian territory."
    assert _dated(text) == {(5000.0, "2025-10-31", 364.0)}


def test_the_compared_figure_in_brackets_keeps_its_own_dates():
    text = ("From November 2024 to October 2025, Russian forces captured over 5,000 sq km, twice more than in the "
            "previous 12 months (about 2,500 sq km between November 2023 and October 2024).")
    assert _dated(text) == {(5000.0, "2025-10-31", 364.0), (2500.0, "2024-10-31", 365.0)}
