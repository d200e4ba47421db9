"""Extractor 0.70.12: from the pooled development parts' missed area claims, in sentences of our own (each case fails
on 0.70.11; the guards hold on both)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas

DAY = datetime(2025, 7, 10)


def test_a_holding_restated_as_a_share_after_its_lands_noun():
    text = "The mapping project says Russia holds 110,000 square kilometres of Ukrainian land - roughly 18% of the country."
    assert areas(text, DAY) == {("area_controlled", "Russia", 110000.0), ("territory_share", "Russia", 0.18)}


def test_a_share_equivalent_to_a_holding():
    text = "Russia holds 110,000 square kilometres of territory, equivalent to 18% of Ukraine, the project says."
    assert ("territory_share", "Russia", 0.18) in areas(text, DAY)


def test_advances_that_measured_an_area_are_a_gain():
    text = "In May 2025, Russian advances measured 450 square kilometres, the analysts said."
    assert areas(text, DAY) == {("area_gained", "Russia", 450.0)}


def test_a_salient_that_measures_an_area_is_still_a_holding():
    assert areas("The Ukrainian salient measured 40 square kilometres.", DAY) == {("area_controlled", "Ukraine", 40.0)}


def test_a_depth_deep_into_a_named_country():
    text = "The offensive allowed Moscow to take several villages and drive some 8 kilometres deep into Ukraine."
    assert areas(text, DAY) == {("advance_depth", "Russia", 8.0)}


def test_kilometres_of_territory_are_an_area():
    text = '"About 1,500 kilometres of our territory have already been freed," Zelensky said.'
    assert areas(text, DAY) == {("area_gained", "Ukraine", 1500.0)}


def test_kilometres_into_territory_stay_a_depth():
    assert areas("Ukrainian troops advanced 12 kilometres into Russian territory.", DAY) == {
        ("advance_depth", "Ukraine", 12.0)}


def test_population_settlements_are_counted():
    text = "Zelensky said Russian troops had occupied a total of 3,000 population settlements."
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 3000.0)}
