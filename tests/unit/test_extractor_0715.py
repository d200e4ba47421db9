"""Extractor 0.70.15: from held back 82's misses, after its scoring, in sentences of our own (the case fails on
0.70.14)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas


def test_the_regions_spelling_with_ya_names_it():
    text = ("The head of the Zaporizhzhya regional administration said Russian troops occupied about 70% of the "
            "region's territory.")
    assert areas(text, datetime(2022, 7, 1), region=True) == {
        ("territory_share", "Russia", "Zaporizhzhia Oblast", 0.7)}
