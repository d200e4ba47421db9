"""Extractor 0.71.238 (after 0.71.237), in sentences of our own (each fails on 0.71.237 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2022, 10, 6)):
    return [(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_size_of_regions_annexed_is_no_holding():
    assert _claims("Putin signed the laws annexing the four regions, representing about 18% of Ukraine's "
                   "internationally recognised territory.") == []


def test_the_size_of_regions_named_in_an_annexation_is_no_holding():
    assert _claims("Moscow moved to annex the four regions - Donetsk, Luhansk, Kherson and Zaporizhzhia - which "
                   "together make up around 15 percent of Ukraine.") == []


def test_a_share_contributed_to_a_total_is_no_land():
    assert _claims("Russian grain exports hit 60 million tons last year, with occupied Ukraine contributing ~8%.",
                   datetime(2025, 4, 11)) == []


def test_guard_vast_areas_annexed_keep_their_share():
    assert _claims("Moscow moved to annex vast areas across eastern and southern Ukraine, representing around 15% of "
                   "the country.") == [("Russia", "territory_share", 0.15)]
