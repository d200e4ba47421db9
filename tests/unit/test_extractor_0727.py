"""Extractor 0.70.27: an apposition left open before the verb names whom the speaker serves (held back 89 showed it,
after its one scoring), in a sentence of our own (fails on 0.70.26)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said


def test_the_person_an_adviser_serves_does_not_speak_for_him():
    text = ("Yuriy Saks, an adviser to Defense Minister Oleksiy Reznikov said the new howitzers had reached the front.")
    assert [s for s, _ in said(text, datetime(2022, 5, 10))] == ["Yuriy Saks"]
    # the minister named with his title alone still speaks
    text = "Defense Minister Oleksiy Reznikov said the new howitzers had reached the front."
    assert [s for s, _ in said(text, datetime(2022, 5, 10))] == ["Oleksii Reznikov"]
