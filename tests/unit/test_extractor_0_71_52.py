"""Extractor 0.71.52 (after 0.71.51), in sentences of our own (each fails on 0.71.51 unless marked a guard): "and
recently recaptured X" shares the clause's subject; "reported the Russian occupation of X" claims it; "while they
managed to take X" is the main clause's side; an oblast's name after another region is the oblast; "the four areas"
calls regions back; a share of a thing named before it (forests) is no territory; "need to be liberated" and "has to
liberate only" are what the other side holds; "Others" is no speaker."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, speakers

DAY = datetime(2025, 9, 12)


def test_coordinated_verb_after_an_adverb_keeps_the_subject():
    text = "Ukrainian troops have been pushing Russian units back across the river and recently recaptured Kherson."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Kherson", "Ukraine")}


def test_reported_the_occupation_of_a_place():
    text = "The monitoring project DeepState reported the Russian occupation of Urozhaine on Sunday."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Urozhaine", "Russia")}


def test_occupation_as_a_state_claims_nothing():
    # guard: "the occupation of X ended" tells no capture
    text = "The occupation of Kherson ended in November."
    assert places(text, DAY) == set()


def test_pronoun_after_a_subordinator_is_the_main_subject():
    text = "Russian troops were shelling Kyiv while they managed to take control of Kherson."
    assert {(p, c) for p, c, _st, _cl in places(text, DAY)} == {("Kherson", "Russia")}


def test_oblast_name_after_another_region_is_the_oblast():
    text = "Moscow wants all of Donbas, made up of the contested Donetsk region and Russian-held Luhansk."
    assert {p for p, _c, _st, _cl in places(text, DAY)} == set()


def test_the_four_areas_call_regions_back():
    text = "The four areas are controlled by Russia and its proxies."
    assert areas(text, DAY) == set()


def test_areas_with_their_own_participle_are_counted():
    # guard: "the 28 areas liberated by the army" counts settlements
    text = "In the 28 areas liberated by the Ukrainian army in Kyiv and Chernihiv, police are back."
    assert {(m, c, v) for m, c, v in areas(text, DAY)} == {("settlements_gained", "Ukraine", 28.0)}


def test_share_of_a_non_territory_named_before():
    text = "Ukrainian troops have lost ground in the Serebryanka forests, an area where their control has shrunk to under 30%."
    assert areas(text, DAY) == set()


def test_settlements_that_need_to_be_liberated():
    text = "Another 1,200 settlements still need to be liberated, the minister said."
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 1200.0)}


def test_has_to_liberate_only_a_share():
    text = "The counteroffensive has to liberate only 8 percent of the Kharkiv region, the governor said."
    assert areas(text, DAY) == {("territory_share", "Russia", 0.08)}


def test_others_is_no_speaker():
    text = "Others suggested that Washington could even send more air defence systems."
    assert speakers(text) == set()
