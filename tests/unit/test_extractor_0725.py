"""Extractor 0.70.25: an embedded post's placeholder line is page furniture, not a speaker (case fails on 0.70.24)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said


def test_an_embedded_posts_placeholder_line_is_no_speaker():
    text = ("Matthias Schmale, the UN humanitarian coordinator, condemned the attack.\n\n"
            "\u201cThe convoy came under fire near the river,\u201d he said in a statement.\n\n"
            "Tweet URL\n\n"
            "\u201cTwo trucks were hit by drones,\u201d he said.")
    assert [s for s, _ in said(text, datetime(2024, 2, 1))] == ["Matthias Schmale", "Matthias Schmale"]
