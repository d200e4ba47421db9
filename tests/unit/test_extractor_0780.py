"""Extractor 0.70.80, in a sentence of our own (fails on 0.70.79): "Data from <a known monitor> (its acronym) and <an
unknown one> show that ..." is the known monitor's statement, and its figure the monitor's claim."""
from __future__ import annotations

from tests.unit.extraction_helpers import run


def test_data_from_a_known_monitor_and_another_show_is_the_known_monitors():
    text = ("Data from the Institute for the Study of War (ISW) and the Eastern Front Project show that Russian forces "
            "captured about 400 square kilometres of Ukrainian territory in March.")
    result = run(text)
    assert [s.speaker for s in result.statements] == ["Institute for the Study of War"]
    assert [(c.claimant, c.value_low) for c in result.area_claims] == [("Institute for the Study of War", 400.0)]
