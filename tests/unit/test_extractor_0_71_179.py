"""Extractor 0.71.179 (after 0.71.178), in sentences of our own (each fails on 0.71.178 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2022, 11, 18)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def test_a_countrys_adjective_between_the_participle_and_the_kind():
    text = "Aid convoys reached the recently liberated Ukrainian city of Kherson on Friday."
    assert places(text) == {("Kherson", "Ukraine", "liberated")}
