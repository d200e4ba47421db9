"""Extractor 0.71.42 (after 0.71.41), in sentences of our own (each fails on 0.71.41 unless marked a guard): "took
control of what it described as the hub of X" (the speaker's own label before the object); "as well as the A and B
settlements"; Borivske's Russian spelling "Borovskoye"; "the report by X that ..." is X's statement; "..., she
informed." closes a statement; a share as the degree of a participle ("the region has been 100% liberated", "is 70%
occupied")."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, places, run, said

DAY = datetime(2024, 9, 16)


def test_what_it_described_as():
    text = ("Russia's defence ministry said its forces had taken control of what it described as the important "
            "railway hub of Ocheretyne.")
    assert place_controllers(text, DAY) == {("Ocheretyne", "Russia")}


def test_as_well_as_the_named_settlements():
    text = ("Russia's defence ministry said its troops had taken Toshkivka and Borovskoye as well as the Voronove "
            "and Metolkine settlements.")
    assert {p for p, _c in place_controllers(text, DAY)} == {"Toshkivka", "Borivske", "Voronove", "Metolkine"}


def test_the_report_by_a_ministry_that():
    text = ("Kyiv could not confirm the report by Russia's Defence Ministry that its troops had retaken the village "
            "of Borki.")
    assert [s for s, _q in said(text, DAY)] == ["Russian Ministry of Defence"]
    assert ("Borki", "Russia", "asserted", "Russian Ministry of Defence") in places(text, DAY)


def test_a_disputed_report_by_is_no_statement_of_its_own():
    # guard: "rejected the report by X that ..." stays the rejection (the owner's words are not told as said)
    text = "Kyiv rejected the report by Russia's Defence Ministry that its troops had retaken the village of Borki."
    assert "Russian Ministry of Defence" not in [s for s, _q in said(text, DAY)]


def test_she_informed():
    text = "Hanna Maliar spoke on Monday. Our troops have advanced up to three kilometres near Robotyne, she informed."
    assert [s for s, _q in said(text, DAY)] == ["Hanna Maliar"]


def test_informed_without_its_clause_before():
    # guard: "was informed" with nothing reported stays silent
    text = "The commander was informed."
    assert run(text, DAY).statements == []


def test_a_share_as_the_degree_of_liberated():
    text = "Leonid Pasechnik said the Luhansk region has been 100% liberated."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Luhansk Oblast", 1.0)}


def test_a_share_as_the_degree_of_occupied():
    text = "The governor said the Kherson region is 70% occupied."
    assert areas(text, DAY, region=True) == {("territory_share", "Russia", "Kherson Oblast", 0.7)}


def test_a_share_of_something_else_before_a_participle():
    # guard: a share of people or buildings is no territory
    text = "The governor said 70% of the buildings in Kupiansk are destroyed and 40% of residents evacuated."
    assert areas(text, DAY) == set()
