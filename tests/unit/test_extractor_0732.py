"""Extractor 0.70.32: held back 92's figures (read after its one scoring), in sentences of our own (each case fails
on 0.70.31)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.text import split_sentences
from tests.unit.extraction_helpers import areas

DAY = datetime(2024, 8, 12)


def test_a_holding_in_quotation_marks():
    text = "Governor Vyacheslav Gladkov had claimed that 28 settlements in the Belgorod region were \u201cunder enemy control.\u201d"
    assert areas(text, DAY) == {("settlements_controlled", "Ukraine", 28.0)}


def test_a_success_with_settlements_liberated():
    text = "In May, Russia\u2019s offensive intensified, resulting in significant success with 27 settlements liberated."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 27.0)}


def test_a_number_and_its_full_stop_glued_to_the_next_sentence():
    text = "Russian troops liberated more than 30 settlements as of December 31.In total, they gained 4,500 sq km."
    assert [s.text for s in split_sentences(text)] == [
        "Russian troops liberated more than 30 settlements as of December 31.", "In total, they gained 4,500 sq km."]
