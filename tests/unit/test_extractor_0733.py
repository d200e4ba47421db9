"""Extractor 0.70.33: Ukraine's energy minister by the date (held back 93's errors, read after its one scoring), in
sentences of our own (each case fails on 0.70.32)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said


def test_ukraines_energy_minister_by_the_date():
    text = "Power plants came under massive attack overnight, Ukraine\u2019s energy minister said."
    assert [s for s, _ in said(text, datetime(2024, 12, 12))] == ["Herman Halushchenko"]
    assert [s for s, _ in said(text, datetime(2025, 9, 12))] == ["Svitlana Grynchuk"]
