"""Extractor 0.70.5: from the pooled misses, in a sentence of our own (fails on 0.70.4)."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_according_to_analysis_by_names_the_analyst():
    text = ("According to analysis by the Institute for the Study of War think tank, Ukrainian troops are now 10 km "
            "from the town.")
    assert {(s, t) for s, t, _q in statements(text)} == {("Institute for the Study of War", "indirect")}
