"""Extractor 0.71.81 (after 0.71.80), in sentences of our own (each fails on 0.71.80 unless marked a guard): a region's
name inside a unit's name ('the "Odessa" Allied Forces Group') is no region a later figure inherits; "The settlements
are named as A, B and C" lists the places the sentence before counted, each placed by the oblast its own sentence
gives it; a denial set off by dashes ("the ministry \u2013 denying reports of X \u2013 admitted retreating from Y")
does not deny the claim after it."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, run

DAY = datetime(2025, 7, 17)


def test_a_region_inside_a_units_name():
    text = ("Ukrainian forces have advanced in Kursk region. The general once commanded the \"Odessa\" Allied Forces "
            "Group. Since the start of the operation, Ukrainian forces have taken control of 82 settlements.")
    assert {r for _m, _c, r, _v in areas(text, DAY, region=True)} == {"Kursk Oblast"}


def test_settlements_named_in_the_next_sentence():
    text = ("The Russian Defence Ministry announced that its troops had taken control of three villages. The "
            "settlements are named as Kamianske in the Zaporizhzhia region, Dehtiarne in the Kharkiv region, and "
            "Popiv Yar in the Donetsk region.")
    claims = {(p.place, p.region, p.controller) for p in run(text, DAY).place_claims}
    assert claims == {("Kamianske", "Zaporizhzhia Oblast", "Russia"), ("Dehtiarne", "Kharkiv Oblast", "Russia"),
                      ("Popiv Yar", "Donetsk Oblast", "Russia")}


def test_a_denial_set_off_by_dashes():
    text = ("The Russian Defence Ministry \u2013 denying reports of paratroopers arriving in the city \u2013 admitted "
            "retreating from Izium to regroup its forces.")
    assert places(text, DAY) == {("Izium", "Ukraine", "asserted", "Russian Ministry of Defence")}


def test_a_denial_before_the_claim_stays():
    # guard: a denial that is the clause's own verb still denies
    text = "The Russian Defence Ministry denied retreating from Izium."
    assert places(text, DAY) == {("Izium", "Ukraine", "denied", "Russian Ministry of Defence")}
