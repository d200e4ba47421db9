"""Extractor 0.71.70 (after 0.71.69), in sentences of our own (each fails on 0.71.69 unless marked a guard).

Places: "all" before a place named whole; an item located "in Ukraine's northeastern X region" (its oblast, and a count
whose items lie in two oblasts belongs to the country); a subject set off by an apposition with a relative "that"; a
statement its author "issued ... announcing"; a date inside a relative clause about the speaker is not the claim's.
Figures: a share of a town is no region's share; "proceeded N metres"; "control has been established over N
settlements" (a gain); "the area of land liberated since X is N"; a count after an area's colon; what a gain leaves
"still held by" the other side; a participial clause that opens the sentence ("Having retaken ..., Ukraine ...")."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, place_controllers, run, speaker_quotes

DAY = datetime(2023, 9, 20)


def _place_rows(text: str) -> set[tuple]:
    return {(p.place, p.controller, p.region, p.claimant, p.as_of.isoformat() if p.as_of else None)
            for p in run(text, DAY).place_claims}


def test_all_before_the_places_taken_whole():
    text = "Russian troops have likely taken control of all Sievierodonetsk and Rubizhne in the Luhansk region, the analysts wrote."
    assert place_controllers(text, DAY) == {("Sievierodonetsk", "Russia"), ("Rubizhne", "Russia")}


def test_items_located_in_the_country_s_oblasts():
    text = ("The ministry in Moscow said its units took two villages \u2013 Ivanivka in Ukraine's eastern Kharkiv region "
            "and Netailove in western Donetsk.")
    rows = {(p, r) for p, _c, r, _cl, _d in _place_rows(text)}
    assert rows == {("Ivanivka", "Kharkiv Oblast"), ("Netailove", "Donetsk Oblast")}
    assert {(m, r) for m, _c, r, _v in areas(text, DAY, region=True)} == {("settlements_gained", "Ukraine")}


def test_a_subject_set_off_by_a_relative_apposition():
    text = "Soledar, a town that was once known for its salt mines, was captured by Russian troops in January."
    assert {(p, c, d) for p, c, _r, _cl, d in _place_rows(text)} == {("Soledar", "Russia", "2023-01-31")}


def test_a_statement_issued_with_a_participle():
    text = "Oleksandr Syrskyi, who led last autumn's counteroffensive in the east, issued a statement on Telegram " \
           "announcing the liberation of Klishchiivka."
    assert ("Oleksandr Syrskyi", "the liberation of Klishchiivka") in speaker_quotes(text)
    assert {(p, cl, d) for p, _c, _r, cl, d in _place_rows(text)} == {
        ("Klishchiivka", "Oleksandr Syrskyi", DAY.date().isoformat())}


def test_a_date_in_a_relative_clause_about_the_speaker():
    text = ("Oleksandr Syrskyi, who was praised for last September's offensive near Kharkiv, announced the "
            "liberation of Andriivka.")
    assert {d for *_x, d in _place_rows(text)} == {DAY.date().isoformat()}


def test_a_share_of_a_town_is_no_region_s_share():
    assert areas("Ukrainian troops took control of nearly 80% of the territory of Kupiansk, the general said.", DAY) == set()
    assert areas("The mercenaries' chief said they controlled most of Bakhmut, \u201cmore than 70 percent,\u201d "
                 "by Monday.", DAY) == set()


def test_a_share_of_the_region_of_the_same_name():
    # guard: "Donetsk" names the oblast as well as its city
    text = "Russian troops control 70% of the territory of Donetsk, the governor said."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.7)}


def test_proceeded_a_distance():
    text = "\u201cOn the southern front we proceeded 300 metres,\u201d Hanna Maliar said."
    assert areas(text, DAY) == {("advance_depth", "Ukraine", 0.3)}


def test_control_established_over_settlements_is_a_gain():
    text = "\u201cControl has been established over more than 40 settlements,\u201d Zelensky said on Sunday."
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 40.0)}


def test_the_area_of_land_liberated_since_a_date():
    text = "Hanna Maliar said that the area of land liberated since the offensive began is 250 square kilometres."
    assert areas(text, DAY) == {("area_gained", "Ukraine", 250.0)}


def test_a_count_after_an_area_s_colon():
    text = "In three days, Russian troops captured about 150 square kilometres: at least nine villages."
    assert areas(text, DAY) == {("area_gained", "Russia", 150.0), ("settlements_gained", "Russia", 9.0)}


def test_what_a_gain_leaves_still_held_by_the_other_side():
    text = ("The Russian general said his troops had liberated 99% of the region, leaving less than 80 square "
            "kilometres still held by Ukrainian forces.")
    assert ("area_controlled", "Ukraine", 80.0) in areas(text, DAY)
    assert not any(m == "area_gained" for m, _c, _v in areas(text, DAY))


def test_a_participial_clause_opening_the_sentence():
    text = ("Having retaken the three villages, Ukraine widens its foothold on the Russian-held bank of the river, "
            "threatening the Russian garrison nearby.")
    assert areas(text, DAY) == {("settlements_gained", "Ukraine", 3.0)}
