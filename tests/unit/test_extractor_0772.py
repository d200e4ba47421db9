"""Extractor 0.70.72, in sentences of our own (four cases fail on 0.70.71; the Moscow dateline's guards the new
default): ground "liberated" with no side named
anywhere goes back to its owner, Ukraine, unless a Moscow dateline places the report ("MOSCOW, March 3. /TASS/.");
a quotation that runs on into a whole sentence and is credited "according to X" after it is X's words, and its
figure X's claim; "X and two other villages" counts X too; shares of flooded land are no holding."""
from __future__ import annotations

from tests.unit.extraction_helpers import areas, run


def test_ground_liberated_with_no_side_named_goes_back_to_ukraine():
    text = "Daily summary: Armed forces liberate six settlements in Kherson Oblast"
    assert areas(text) == {("settlements_gained", "Ukraine", 6.0)}


def test_under_a_moscow_dateline_liberated_ground_is_russias():
    text = ("Fighting continues along the line\n\nMOSCOW, March 3. /TASS/. About 60% of the Donetsk Region has been "
            "liberated by now, the head of the region's administration said.")
    assert {(m, c) for m, c, _v in areas(text)} == {("territory_share", "Russia")}


def test_a_quotation_running_into_a_second_sentence_is_credited_by_according_to_after_it():
    text = ("Russia “took control of an area of 12.5 square kilometers near the river. The enemy retreated to the "
            "west,” according to the Russian Ministry of Defence.")
    result = run(text)
    assert [(s.speaker, s.statement_type) for s in result.statements] == [("Russian Ministry of Defence", "direct")]
    assert [(c.claimant, c.controller, c.value_low) for c in result.area_claims] == [
        ("Russian Ministry of Defence", "Russia", 12.5)]


def test_a_named_village_and_two_other_villages_are_three():
    text = "Russian forces captured Novoselivka and two other villages in the area, the governor said."
    assert {v for _m, _c, v in areas(text)} == {3.0}


def test_shares_of_flooded_land_are_no_holding():
    text = ("On the bank held by Ukrainian forces, 30% of the land is under water, while on the occupied bank it is as "
            "much as 70% of the area, the governor said.")
    assert areas(text) == set()
