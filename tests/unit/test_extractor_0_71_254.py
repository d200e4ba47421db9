"""Extractor 0.71.254 (after 0.71.253), in sentences of our own (each fails on 0.71.253 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _places(text: str, day: datetime = datetime(2025, 11, 27)):
    return [(c.place, c.action) for c in extract(ArticleText("t", text, day)).place_claims]


def test_a_seizure_delayed_with_its_possessor_before_it_has_not_happened():
    assert _places("Recent Ukrainian counterattacks may further delay Russian forces\u2019 seizure of Pokrovsk.") == []


def test_guard_a_seizure_confirmed_happened():
    assert _places("Russian forces' seizure of Pokrovsk was confirmed by the ministry.") == [("Pokrovsk", "captured")]
