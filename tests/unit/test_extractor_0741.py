"""Extractor 0.70.41: held back 100's place claimants (read after its one scoring), in sentences of our own (each case
fails on 0.70.40)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 12, 11)


def test_the_voice_after_but_is_not_the_claimant_of_the_clause_before():
    text = ("Russian generals told reporters their units had taken full control of Huliaipole, but Ukraine\u2019s "
            "military said the fighting went on.")
    assert places(text, DAY) == {("Huliaipole", "Russia", "asserted", None)}
