"""Extractor 0.71.189 (after 0.71.188), in sentences of our own (each fails on 0.71.188 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 6, 12)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_freed_people_written_with_a_capital_are_no_place():
    assert places("Today's exchange brought home defenders of Mariupol. All of the liberated Defenders are privates and "
                  "sergeants.") == set()


def test_guard_a_liberated_town_is_still_a_place():
    assert places("All of the liberated Kupiansk is now under Ukrainian control, the governor said.") != set()
