"""Extractor 0.71.201 (after 0.71.200), in sentences of our own (each fails on 0.71.200 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def claims(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.stance, c.claimant) for c in extract(ArticleText("t", text, DAY)).place_claims}


def area(text: str) -> set[tuple]:
    return {(c.metric, c.controller, c.region, c.value_low)
            for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_a_place_in_the_occupied_territories_of_a_region_is_held():
    assert claims("The clinic in Vasylivka in the occupied territories of Zaporizhzhia Oblast has closed.") == {
        ("Vasylivka", "Russia", "asserted", None)}


def test_a_place_in_occupied_territory_without_an_article():
    assert claims("The family stayed in Kamianka-Dniprovska in occupied territory for a year.") == {
        ("Kamianka-Dniprovska", "Russia", "asserted", None)}


def test_the_occupied_port_of_a_town_names_the_town():
    assert claims("The tanker anchored off the occupied port of Skadovsk.") == {("Skadovsk", "Russia", "asserted", None)}


def test_an_adjective_of_holding_holds_whatever_the_aim_of_the_clause():
    assert claims("The freighter tried to dock at the occupied port of Skadovsk.") == {
        ("Skadovsk", "Russia", "asserted", None)}
    assert claims("Kyiv hopes to encircle Russian-held Tokmak by spring.") == {("Tokmak", "Russia", "asserted", None)}


def test_a_clause_between_a_place_and_the_occupied_territories_sets_nothing_inside():
    assert claims("Ivan Fedorov, the exiled mayor of Melitopol, said last week that farmers in the Russian-occupied "
                  "territories must sell their grain cheaply.") == set()


def test_guard_the_occupied_territories_with_no_place_before_them_hold_nothing():
    assert claims("Teachers who fled to the occupied territories were told to register.") == set()


def test_a_place_set_off_before_the_occupied_part_of_a_region_is_held():
    assert claims("Vasylivka, a town deep in the occupied part of Zaporizhzhia Oblast, has no power.") == {
        ("Vasylivka", "Russia", "asserted", None)}


def test_a_count_in_the_occupied_south_after_an_eastern_oblast_is_the_countrys():
    found = area("Fighting raged near Lyman in the Donetsk region. Kyiv said on Monday it had recaptured eight villages "
                 "in two weeks of counteroffensive operations in the occupied south.")
    assert ("settlements_gained", "Ukraine", "Ukraine", 8.0) in found


def test_guard_the_south_after_a_southern_oblast_stays_that_oblast():
    found = area("Fighting raged near Kherson. Kyiv said on Monday it had recaptured eight villages in the "
                 "Russian-occupied south.")
    assert ("settlements_gained", "Ukraine", "Kherson Oblast", 8.0) in found
