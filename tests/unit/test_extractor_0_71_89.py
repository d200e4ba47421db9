"""Extractor 0.71.89 (after 0.71.88), in sentences of our own (each fails on 0.71.88 unless marked a guard): "the
strategic communications branch of the Ukrainian military" speaks (a branch of a service, as its department does);
"more than half the territory taken by Russia" and "54% of the maximum amount of extra territory Russia seized" are
shares of what Russia seized of Ukraine, whatever oblast the article named before."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, speakers

DAY = datetime(2022, 11, 19)


def test_a_branch_of_the_military_speaks():
    text = '"The town was, is and will be ours," the strategic communications branch of the Ukrainian military said.'
    assert speakers(text) == {"Ukrainian Armed Forces Strategic Communications Department"}


def test_half_the_territory_taken_by_russia():
    text = ("Crowds celebrated in Kherson after the withdrawal. Ukraine has liberated more than half the territory "
            "taken by Russia since February, the ministry said.")
    assert ("territory_share", "Ukraine", "Ukraine", 0.5) in areas(text, DAY, region=True)


def test_the_maximum_amount_of_territory_russia_seized():
    text = ("Crowds celebrated in Kherson after the withdrawal. Ukraine has taken back about 54% of the maximum amount "
            "of extra territory Russia seized since February 24, the ministry said.")
    assert ("territory_share", "Ukraine", "Ukraine", 0.54) in areas(text, DAY, region=True)
