"""Substring prefilters for pattern scans: the words one of which every match of a pattern contains.

Most sentences hold none of a pattern's words, and a substring test costs far less than the pattern's scan
(``place_cues._NEEDLES``, ``dates._NEEDLES``; tests/unit/test_prefilter_needles.py checks every word tuple against
its pattern). Each distinct word is tested once per sentence: a bit per word, a mask per pattern.
"""
from __future__ import annotations

from collections.abc import Iterable


class Needles:
    """The word tuples of several patterns, as one bit set per sentence."""

    def __init__(self, tuples: Iterable[tuple[str, ...]]):
        tuples = list(tuples)
        self._bits = {n: 1 << i for i, n in enumerate(sorted({n for ns in tuples for n in ns}))}
        self.masks = [sum(self._bits[n] for n in set(ns)) for ns in tuples]

    def present(self, low: str) -> int:
        """The bits of the words ``low`` (a lower-cased sentence) contains; ``present & mask`` tests a pattern."""
        found = 0
        for n, bit in self._bits.items():
            if n in low:
                found |= bit
        return found
