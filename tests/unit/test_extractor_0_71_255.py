"""Extractor 0.71.255 (after 0.71.254), in sentences of our own (each fails on 0.71.254 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2022, 10, 4)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_size_of_regions_annexed_by_name_is_no_holding():
    assert _claims("The Kremlin said Putin had signed the bills on Tuesday, annexing the Donetsk, Luhansk, Kherson and "
                   "Zaporizhzhia regions, representing about 18% of Ukraine's internationally recognised "
                   "territory.") == []


def test_guard_a_share_held_after_an_annexation_is_a_holding():
    assert _claims("Putin signed the bills annexing the four regions. Russia controls about 18% of Ukraine's "
                   "territory, the ministry said.") == [("Russia", "territory_share", 0.18)]
