"""Extractor 0.70.67, in sentences of our own: a share of a list of regions ("of the A and B regions", "of the
provinces of A and B") that opens the sentence takes the passive verb after the list (each case fails on 0.70.66);
a share of people listed the same way is still no territory (a guard)."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas


def test_a_share_of_listed_regions_takes_the_verb_after_the_list():
    text = "More than 60% of the Luhansk and Donetsk regions are occupied by Russian forces, officials say."
    assert areas(text, region=True) == {("territory_share", "Russia", "Luhansk Oblast", 0.6),
                                        ("territory_share", "Russia", "Donetsk Oblast", 0.6)}


def test_a_share_of_the_provinces_of_a_list_takes_the_verb_after_it():
    text = "About 40% of the provinces of Kherson and Zaporizhzhia are under Russian control."
    assert areas(text, region=True) == {("territory_share", "Russia", "Kherson Oblast", 0.4),
                                        ("territory_share", "Russia", "Zaporizhzhia Oblast", 0.4)}


def test_a_share_of_listed_peoples_is_no_territory():
    assert areas("About 70% of Ukrainians and Russians are opposed to the talks, a poll found.") == set()
