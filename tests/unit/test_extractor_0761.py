"""Extractor 0.70.61, in sentences of our own (each case fails on 0.70.60 but the guards): metres glued to the figure
("advanced between 400m and 1,200m"), not millions of money or of people; "it had liberated" after a sentence whose
subject is a side."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction.numbers import find_quantities
from tests.unit.extraction_helpers import areas, run


def test_metres_glued_to_the_figures_of_an_advance():
    text = "Ukrainian units advanced between 400m and 1,200m near Staromaiorske, the deputy defence minister said."
    (claim,) = run(text, datetime(2023, 7, 3)).area_claims
    assert (claim.metric, claim.controller, claim.value_low, claim.value_high) == ("advance_depth", "Ukraine", 0.4, 1.2)


def test_millions_of_money_or_people_are_no_metres():
    # guard: "$500m", "2m people" are millions
    assert find_quantities("The EU approved a $500m package and 2m people fled the east.") == []


def test_it_after_a_sentence_about_a_side_is_that_side():
    text = ("Ukraine, backed by Western arms, struck back in two counter-offensives. By late 2022 it had liberated more "
            "than half of the territory that Russia had seized since February.")
    assert areas(text, datetime(2023, 2, 1)) == {("territory_share", "Ukraine", 0.5)}
