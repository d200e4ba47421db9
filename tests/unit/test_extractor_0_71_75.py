"""Extractor 0.71.75 (after 0.71.74), in sentences of our own (each fails on 0.71.74): an operational-strategic group
named with its acronym ("the Khortytsia OSG", "the Tavria OSG") is the known group."""
from __future__ import annotations

from tests.unit.extraction_helpers import speakers


def test_the_khortytsia_osg():
    text = "The Khortytsia OSG said the heaviest fighting was near Toretsk."
    assert speakers(text) == {"Khortytsia operational-strategic group"}


def test_the_tavria_osg():
    text = "The Tavria OSG reported 40 Russian assaults on Tuesday."
    assert speakers(text) == {"Tavria operational-strategic group"}
