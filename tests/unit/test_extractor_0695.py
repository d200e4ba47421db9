"""Extractor 0.69.5: from held back 72's misses, after its scoring, in sentences of our own (each case fails on 0.69.4;
the guards hold on both)."""
from __future__ import annotations

from tests.unit.extraction_helpers import statements


def _speakers(text: str) -> set[str]:
    return {s for s, _t, _q in statements(text)}


def test_the_top_diplomat_is_the_foreign_minister_named_before():
    text = ("Russian Foreign Minister Sergey Lavrov gave an interview on Sunday. The top diplomat said talks with "
            "Washington were going well.")
    assert _speakers(text) == {"Sergei Lavrov"}


def test_a_diplomat_alone_is_still_anonymous():
    assert not statements("A diplomat said the talks had stalled.")


def test_a_person_named_after_the_body_he_serves_in():
    text = ("The commander of the 47th separate mechanized brigade of the Ukrainian Armed Forces Oleksandr Sak stressed "
            "that the unit had held the line.")
    assert _speakers(text) == {"Oleksandr Sak"}


def test_a_body_named_in_full_still_speaks_as_a_body():
    assert _speakers("The Ukrainian Armed Forces said the town was held.") == {"Ukrainian General Staff"}
