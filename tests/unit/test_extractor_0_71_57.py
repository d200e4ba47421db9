"""Extractor 0.71.57 (after 0.71.56), in sentences of our own (each fails on 0.71.56 unless marked a guard): "reports
of seizing X are disinformation" denies; "according to Kiev" names no place; a bracketed list after a counted
passive; "have come under Russian control" keeps its side whoever reports it; "quoted Col. X as saying"; "X had
said ..., according to AFP" is X's; "notes RAND Corporation political scientist X" is X's."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speakers

DAY = datetime(2023, 6, 13)


def test_reports_of_seizing_are_disinformation():
    text = "Nazar Voloshyn said Russian reports of seizing Chasiv Yar are part of a disinformation campaign."
    assert {st for _p, _c, st, _cl in places(text, DAY)} == {"denied"}


def test_according_to_the_capital_names_no_place():
    text = "According to Kiev, the villages of Lobkove and Levadne were retaken this week."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Lobkove", "Levadne"}


def test_a_bracketed_list_after_a_counted_passive():
    text = "In the last week five villages were retaken (Lobkove, Levadne, Novodarivka, Storozheve and Makarivka)."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Lobkove", "Levadne", "Novodarivka", "Storozheve",
                                                            "Makarivka"}


def test_a_parenthesis_that_is_no_list():
    # guard: a bracketed aside after a plural lists nothing
    text = "Several villages (including two near the border) were shelled on Monday."
    assert places(text, DAY) == set()


def test_come_under_russian_control_reported_by_a_ukrainian():
    text = "Three settlements in Kharkiv Oblast have come under Russian control, Governor Oleh Syniehubov said."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 3.0)}


def test_quoted_a_colonel_as_saying():
    text = "The ISW quoted Ukraine's Col. Ivan Sereda as saying that the second line had been reached."
    assert speakers(text) == {"Ivan Sereda"}


def test_had_said_then_according_to_an_agency():
    text = ("On Thursday, the army's commander Oleksandr Tarnavskyi had said his troops had advanced near Robotyne, "
            "according to news agency AFP.")
    assert speakers(text) == {"Oleksandr Tarnavskyi"}


def test_a_scholar_named_after_his_institution():
    text = "This fits the pattern of earlier offensives, notes RAND Corporation political scientist Dara Massicot."
    assert speakers(text) == {"Dara Massicot"}
