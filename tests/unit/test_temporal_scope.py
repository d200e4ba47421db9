"""temporal_scope of area claims: a past holding said later ("at one point", "at its peak", "at most", "before the
withdrawal") is historical, and stays out of the series' current values; a holding of the day is current.
Sentences of our own, not from any corpus."""
from datetime import datetime

import pytest

from pipelines.extraction.area_claims import extract_area_claims
from pipelines.extraction.records import ArticleText

PUB = datetime(2025, 4, 10, 12, 0)


def scopes(text: str) -> list[tuple[float, str]]:
    return [(c.value_low, c.temporal_scope) for c in extract_area_claims(ArticleText("t", text, PUB, None), [])]


@pytest.mark.parametrize("text", [
    "At one point the enemy occupied more than 1,260 square kilometres of the Belgorod region.",
    "At its peak, the garrison held 1,300 square kilometres of the Bryansk region.",
    "Ukrainian forces held 700 square kilometres of the Kursk region at their height.",
    "Ukrainian troops controlled at most 1,376 square kilometres of the Kursk region.",
    "Ukrainian forces controlled 1,100 square kilometres of the Kursk region before the withdrawal.",
    "Ukrainian units held 640 square kilometres of the Kursk region before pulling back across the border.",
    "Russian forces once held 9,000 square kilometres of the Kharkiv region.",
])
def test_past_holdings_are_historical(text):
    got = scopes(text)
    assert got and all(scope == "historical" for _, scope in got), got


@pytest.mark.parametrize("text", [
    "Ukrainian forces now control 1,000 square kilometres of the Kursk region.",
    "Russian troops captured 500 square kilometres of Ukrainian territory in October.",
    "Russian forces occupy about 18% of Ukraine.",
    "The army holds 430 square kilometres of the Sumy region, the commander said on Wednesday.",
])
def test_holdings_of_the_day_are_current(text):
    got = scopes(text)
    assert got and all(scope == "current" for _, scope in got), got


def test_a_cue_marks_the_figure_it_stands_next_to():
    """"now 110,000, down from a peak of 125,000": the peak is historical, today's figure is not."""
    got = dict(scopes("Russia now controls about 110,000 square kilometres of Ukraine, down from a peak of "
                      "125,000 square kilometres."))
    assert got == {110000.0: "current", 125000.0: "historical"}


def test_the_cue_after_a_figure_marks_that_figure_only():
    got = dict(scopes("Ukrainian troops held 1,300 square kilometres of the Kursk region at their peak, but hold "
                      "only 400 square kilometres today."))
    assert got.get(1300.0) == "historical"
    assert got.get(400.0, "current") == "current"
