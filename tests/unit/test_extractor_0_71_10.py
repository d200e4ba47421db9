"""Extractor 0.71.10 (after 0.71.9), built on the misses of held back 172-173, in sentences of our own (each fails on
0.71.9 unless marked a guard): a cross-link glued to the sentence before it ("... maintenance.Read also: ..., X says")
is furniture."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def test_a_cross_link_glued_to_a_sentence():
    text = ("Admiral Smith said the ships cannot undergo maintenance. They are stuck in port.Read also: Russia fires "
            "missiles from Crimea overnight, Pletenchuk says")
    assert "Pletenchuk" not in {s for s, _t, _q in statements(text)}
