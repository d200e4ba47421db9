"""Extractor 0.70.86, in a sentence of our own (fails on 0.70.85): a figure's verb coordinated after another ("Russia
invaded Ukraine in 2022 and now controls about a fifth of its territory") has the first verb's subject, not the
object between."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas


def test_a_coordinated_verb_takes_the_first_verbs_subject():
    text = "Russia invaded Ukraine in February 2022 and now controls about a fifth of Ukraine's territory."
    assert areas(text) == {("territory_share", "Russia", 0.2)}
