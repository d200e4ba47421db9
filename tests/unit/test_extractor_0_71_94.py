"""Extractor 0.71.94 (after 0.71.93), in sentences of our own (each fails on 0.71.93 unless marked a guard).

Places: "There is no talk of Russian control over the city of X" denies that Russia holds X; "this claim was swiftly
and firmly debunked by the Ukrainian military" denies the capture told before. Figures: "halted Russian supplies to
Crimea" does not place the next sentence's figure in Crimea. Speakers: "portrayed the pullout from X as a goodwill
gesture" is a judgement said (not "portrayed itself as"); "made a public declaration asserting that" reports; farmers
and villagers are unnamed groups."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, quotes, run

DAY = datetime(2025, 11, 13)


def _places(text: str, day: datetime = DAY) -> set[tuple]:
    return places(text, day)


def _statements(text: str, day: datetime = DAY) -> set[tuple]:
    return quotes(text, day)


def test_no_talk_of_russian_control_denies_the_holding():
    text = "\u201cThere is no talk of Russian control over the city of Kupiansk,\u201d Oleksandr Syrskyi said."
    assert _places(text) == {("Kupiansk", "Russia", "denied", "Oleksandr Syrskyi")}


def test_a_claim_debunked_by_the_military():
    text = ("The fighting centres on Kostiantynivka in the Donetsk region. Vladimir Putin said his forces had "
            "captured the town. However, this claim was swiftly and firmly debunked by the Ukrainian military.")
    assert ("Kostiantynivka", "Russia", "denied", "Ukrainian General Staff") in _places(text, datetime(2026, 7, 4))


def test_the_end_of_a_supply_route_places_no_figure():
    text = ("Ukrainian forces have also cut Russian supplies to Crimea. The Ukrainian military has now regained nearly "
            "700 square kilometres of territory.")
    assert {(a.region, a.value_low) for a in run(text, datetime(2022, 9, 10)).area_claims} == {("Ukraine", 700.0)}


def test_a_pullout_portrayed_as_a_gesture():
    text = "Russia's Defence Ministry portrayed the pullout from Snake Island as a goodwill gesture."
    assert _places(text, datetime(2022, 6, 30)) == {("Snake Island", "Ukraine", "asserted", "Russian Ministry of Defence")}


def test_portrayed_itself_is_no_statement():   # guard
    assert _statements("The group portrayed itself as a militia fighting the Kremlin.") == set()


def test_a_declaration_asserting_that():
    text = "Vladimir Putin made a public declaration asserting that his forces had captured the town of Siversk."
    assert _statements(text) == {("Vladimir Putin", "his forces had captured the town of Siversk")}


def test_farmers_are_an_unnamed_group():
    assert _statements("Farmers say they have no choice but to sow the mined fields.") == set()
