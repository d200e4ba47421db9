"""Extractor 0.70.18: speakers named by office and frames the pooled parts' misses showed, in sentences of our own
(each case fails on 0.70.17)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import said


DAY = datetime(2024, 6, 20)   # the date the cases below are published on unless they name one


def test_the_head_of_a_countrys_regional_administration_is_the_governor_of_the_oblast_named():
    text = ("Drones damaged the port of the Odesa region overnight, the head of the Ukrainian regional military "
            "administration said.")
    assert [s for s, _ in said(text, datetime(2024, 8, 1))] == ["Oleh Kiper"]


def test_the_verkhovna_rada_names_ukraine_for_its_commissioner():
    text = "The Verkhovna Rada Commissioner for Human Rights said the publications were a provocation."
    assert [s for s, _ in said(text, DAY)] == ["Dmytro Lubinets"]


def test_ukraines_agriculture_minister_by_office():
    text = "The strikes destroyed 60,000 tonnes of grain, Ukraine\u2019s agriculture minister said."
    assert [s for s, _ in said(text, datetime(2023, 7, 20))] == ["Mykola Solskyi"]


def test_a_public_or_state_run_outlet_closing_the_sentence_reports_it():
    text = "The package still needs formal approval, public broadcaster Suspilne reported."
    assert said(text, DAY) == [("Suspilne", "The package still needs formal approval")]


def test_made_it_clear_that_reports_and_was_made_by_does_not():
    text = "Rutte made it clear on Monday that the new spending goal would be decisive."
    assert said(text, DAY) == [("Mark Rutte", "the new spending goal would be decisive.")]
    text = "The decision to leave the town was made by the commander-in-chief Oleksandr Syrskyi."
    assert said(text, datetime(2024, 3, 1)) == []
