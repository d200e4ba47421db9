"""Extractor 0.71.163 (after 0.71.162), in sentences of our own (each fails on 0.71.162 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 11, 23)


def test_an_unnamed_sources_we_is_the_side_its_description_names():
    text = ('Kyiv has lost about a third of the ground it took in the Kursk region, a senior Ukrainian military source '
            'told reporters. The source said Moscow had sent 50,000 troops. "We now control approximately 900 square '
            'kilometers," the source said.')
    assert ("area_controlled", "Ukraine", 900.0) in areas(text, DAY)


def test_settlements_flooded_on_either_bank_are_no_holding():
    text = ("Three settlements remain flooded on the Ukrainian-controlled right bank, and 14 settlements on the "
            "Russia-occupied left bank.")
    assert areas(text, DAY) == set()


def test_the_places_a_holding_includes_are_its_settlements():
    text = ("Ukraine now holds over 1,200 square kilometers in the Kursk region. This includes, in particular, more "
            "than ninety settlements.")
    assert ("settlements_controlled", "Ukraine", 90.0) in areas(text, DAY)
