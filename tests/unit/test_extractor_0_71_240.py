"""Extractor 0.71.240 (after 0.71.239), in sentences of our own (each fails on 0.71.239 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _regions(text: str, day: datetime = datetime(2024, 9, 16)):
    return [(c.metric, c.region) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_region_across_a_border_is_not_the_one_spoken_of():
    assert _regions("The ministry said its troops had retaken two villages in the Kursk region. They lie on the "
                    "border with Ukraine's Sumy region. A senior commander said last week that Russia had taken back "
                    "control of about 10 settlements in the region.") == [
        ("settlements_gained", "Kursk Oblast"), ("settlements_gained", "Kursk Oblast")]


def test_guard_a_region_named_as_the_place_stays_the_one_spoken_of():
    assert _regions("Russian troops pressed on in Ukraine's Sumy region. A senior commander said last week that "
                    "Russia had taken control of about 10 settlements in the region.") == [
        ("settlements_gained", "Sumy Oblast")]
