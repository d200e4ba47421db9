"""Extractor 0.70.38: spurious place claims of the developed real corpus, in sentences of our own (each case fails on
0.70.37)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places

DAY = datetime(2025, 3, 14)


def test_a_partial_liberation_is_no_claim_on_the_place():
    text = "The brigade took part in the liberation of Shumy and the partial liberation of Marinka and Krasnohorivka."
    assert {p for p, *_ in places(text, DAY)} == {"Shumy"}


def test_an_oblast_named_with_its_border_area_is_no_place():
    text = ("Moscow said its troops had retaken the town of Sudzha in the Kursk border area, which had been under "
            "Ukrainian control since August.")
    assert {p for p, *_ in places(text, DAY)} == {"Sudzha"}


def test_securing_the_road_to_a_town_is_no_claim_on_it():
    text = "Russian troops are close to securing the main road leading to the border town of Sudzha."
    assert places(text, DAY) == set()
