"""Extractor 0.71.148 (after 0.71.147), in sentences of our own (each fails on 0.71.147 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import places, run


def test_an_administrative_centre_before_the_name_is_its_kind():
    text = "Russian forces have taken the district centre Vuhledar after a two-year siege, the ministry said."
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2024, 10, 3))} == {("Vuhledar", "Russia")}


def test_a_city_centre_is_no_whole_place():
    text = "Russian assault groups have reached the city centre of Toretsk, the governor said."
    assert places(text, datetime(2024, 10, 3)) == set()     # guard


def test_a_sides_own_disinformation_about_a_capture_is_the_capture_denied():
    text = "The general staff again rebutted the Russian disinformation about the capture of Kupiansk."
    assert {(p, c, s) for p, c, s, _cl in places(text, datetime(2024, 11, 20))} == {("Kupiansk", "Russia", "denied")}


def test_the_liberated_city_under_a_moscow_wire_dateline_is_moscows():
    text = ("DONETSK, March 3. /TASS/. The shelling went on through the night, the mayor said.\n\n"
            "Ukrainian artillery again struck the liberated city of Avdiivka on Sunday, he added.")
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2024, 3, 3))} == {("Avdiivka", "Russia")}


def test_the_liberated_city_under_a_kyiv_dateline_is_kyivs():
    text = ("KYIV, Nov 14 (Reuters) - The shelling went on through the night, officials said.\n\n"
            "Russian artillery again struck the liberated city of Kherson on Sunday, they added.")
    assert {(p, c) for p, c, _s, _cl in places(text, datetime(2022, 11, 14))} == {("Kherson", "Ukraine")}


def test_the_day_nearest_before_the_told_claim_dates_it():
    text = ("On Saturday, the two armies traded claims over a downed helicopter, and on Sunday Kyiv rejected Moscow's "
            "claim that its troops had seized the village of Krynky.")
    claims = run(text, datetime(2024, 2, 20)).place_claims
    assert {str(c.as_of) for c in claims} == {"2024-02-18"}


def test_a_link_label_glued_to_another_storys_headline_is_furniture():
    text = ("Officials gave no details of the talks.\n\nRECOMMENDED\n\nRelatedRussia claims control of three more "
            "settlements in Ukraine\n\nThe talks are due to resume on Friday.")
    assert run(text, datetime(2024, 2, 20)).area_claims == []
