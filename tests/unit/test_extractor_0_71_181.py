"""Extractor 0.71.181 (after 0.71.180), in sentences of our own (each fails on 0.71.180 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2023, 5, 31)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_holding_a_capital_responsible_is_blame_not_ground():
    assert places("The Kremlin holds Kyiv responsible for the drone attacks on Moscow.") == set()


def test_guard_holding_a_town_is_still_a_holding():
    assert places("Ukrainian forces still hold Kupiansk, the governor said.") == {("Kupiansk", "Ukraine", "holds")}
