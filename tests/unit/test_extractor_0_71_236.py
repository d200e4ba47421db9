"""Extractor 0.71.236 (after 0.71.235), in sentences of our own (each fails on 0.71.235 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract


def _claims(text: str, day: datetime = datetime(2023, 6, 14)):
    return [(c.metric, c.region, c.value_low, c.value_high) for c in extract(ArticleText("t", text, day)).area_claims]


def test_the_third_depth_of_a_list_is_the_same_verbs():
    assert _claims("The deputy minister said that Ukrainian troops had advanced 250m near the small eastern city of "
                   "Bakhmut, 200m on the Toretsk front in east Ukraine and 500m to 1km in the direction of the port "
                   "city of Berdyansk.")[-1] == ("advance_depth", "Zaporizhzhia Oblast", 0.5, 1.0)


def test_a_figure_after_a_survey_of_two_fronts_is_the_countrys():
    assert _claims("The deputy minister said that Ukrainian troops had advanced 250m near Bakhmut and 500m to 1km "
                   "towards Berdyansk. Ukrainian forces had gained control of an area of up to 3km2, she said.")[-1] == (
        "area_gained", "Ukraine", 3.0, 3.0)


def test_guard_a_figure_after_one_front_keeps_its_region():
    assert _claims("The deputy minister said that Ukrainian troops had advanced 250m near Bakhmut and 700m near "
                   "Klishchiivka. Ukrainian forces had gained control of an area of up to 3km2, she said.")[-1] == (
        "area_gained", "Donetsk Oblast", 3.0, 3.0)
