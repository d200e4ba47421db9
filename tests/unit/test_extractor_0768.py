"""Extractor 0.70.68, in a sentence of our own (fails on 0.70.67): the neighbour a region is located by ("on the
border with the Donetsk People's Republic (DPR)") stays out of a figure's regions with its bracketed abbreviation."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas


def test_a_neighbours_abbreviation_in_brackets_is_no_region_of_the_figure():
    text = ("Russian forces hold about 14 villages in the Zaporizhzhia region on the border with the Donetsk "
            "People's Republic (DPR), the regional governor said on Monday.")
    assert areas(text, region=True) == {("settlements_controlled", "Russia", "Zaporizhzhia Oblast", 14.0)}
