"""Extractor 0.71.250 (after 0.71.249), in sentences of our own (each fails on 0.71.249 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

_KURSK = ("Ukrainian troops crossed into the Kursk region a week ago. Russia moved reserves to the Kursk region. "
          "Kyiv's forces now hold villages across the Kursk region. The neighbouring Russian region of Belgorod "
          "declared a state of emergency. ")


def _regions(text: str, day: datetime = datetime(2024, 8, 12)):
    return [(c.metric, c.region) for c in extract(ArticleText("t", text, day)).area_claims]


def test_an_area_of_russia_lies_in_the_oblast_the_article_is_about():
    assert _regions(_KURSK + "Ukrainian troops now control an area of at least 800 square kilometres of Russia, "
                             "an analysis showed.") == [("area_controlled", "Kursk Oblast")]


def test_guard_two_oblasts_named_alike_leave_the_one_spoken_of():
    text = ("Ukrainian troops crossed into the Kursk region. Belgorod may be next. Fighting went on near the "
            "Belgorod border and in the Kursk region. Forces have managed to advance up to 20 miles inside Russia.")
    assert _regions(text) == [("advance_depth", "Kursk Oblast")]
