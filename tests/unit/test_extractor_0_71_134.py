"""Extractor 0.71.134 (after 0.71.133), in sentences of our own (each fails on 0.71.133 unless marked a guard).

Transnistria speaks as the state it claims to be (no statement); a photo credit in brackets after a frame is no
content."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import speakers


def test_transnistria_is_no_speaker():
    text = ("Transnistria, populated by Moldovans and others, proclaimed independence in 1991, but no state has "
            "recognised it.")
    assert speakers(text, datetime(2023, 1, 20)) == set()


def test_a_bracketed_photo_credit_after_the_frame_is_no_content():
    text = ("The war has dragged on for almost two years, Gabrielius Landsbergis said (Photo: Image Bank of War in "
            "Ukraine)")
    assert speakers(text, datetime(2024, 1, 22)) == set()


def test_a_caption_line_before_the_lede_keeps_the_lede():
    # (a guard: the credit on a line of its own, then the sentence the speaker said)
    text = ("(Photo: General Staff)\nThe liberation of the town may be the start of the de-occupation of the region, "
            "Governor Serhiy Haidai said on national television.")
    assert speakers(text, datetime(2022, 10, 2)) == {"Serhiy Haidai"}
