"""Extractor 0.70.53: a holding's change by its figure ("the area of Russian control increased by"), a quoted object
of "taken full control of" with the towns "notably" named after it, and a quotation whose second paragraph lacks its
opening mark, in sentences of our own (each case but the guard fails on 0.70.52)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run

DAY = datetime(2025, 9, 11)


def test_a_holding_that_increased_by_a_figure_is_a_gain():
    text = "Since Monday the area under Russian control has increased by 8.2 square kilometres in the Donetsk region."
    assert areas(text, DAY) == {("area_gained", "Russia", 8.2)}


def test_a_holding_that_decreased_by_a_figure_is_a_loss_of_its_holder():
    text = "Since Monday the area of Russian control has decreased by 1.3 square kilometres near Kupiansk."
    assert areas(text, DAY) == {("area_lost", "Russia", 1.3)}


def test_a_holding_stated_with_its_growth_elsewhere_stays_a_holding():
    # guard: the change is not the figure's ("increased by 5%" belongs to another clause)
    text = "Russia now controls 113,000 square kilometres of Ukraine, a share that has increased by 5% since January."
    assert ("area_controlled", "Russia", 113000.0) in areas(text, DAY)


def test_quoted_full_control_and_the_towns_notably_named_after_it():
    text = ('Russian forces have taken "full control of Sievierodonetsk and other nearby villages, notably Syrotyne, '
            'Voronove and Borivske," the ministry in Moscow said.')
    assert {p for p, *_ in places(text, DAY)} == {"Sievierodonetsk", "Syrotyne", "Voronove", "Borivske"}


def test_a_quotation_continued_without_its_opening_mark_is_one_direct_statement():
    text = ('Oleksandr Syrskyi met the president on Monday.\n'
            '"Our units keep up the pressure in the Kursk region. Today they moved forward two kilometres.\n'
            'The situation along the line remains difficult but under control," Syrskyi said.')
    (statement,) = run(text, DAY).statements
    assert (statement.speaker, statement.statement_type) == ("Oleksandr Syrskyi", "direct")
    assert "moved forward two kilometres" in statement.quote_text and "under control" in statement.quote_text
