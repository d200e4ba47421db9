"""Extractor 0.71.195 (after 0.71.194), in sentences of our own (each fails on 0.71.194 unless marked a guard)."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2024, 12, 15)


def places(text: str) -> set[tuple]:
    return {(c.place, c.controller, c.action) for c in extract(ArticleText("t", text, DAY)).place_claims}


def areas(text: str) -> set[tuple]:
    return {(c.controller, c.metric, c.value_low) for c in extract(ArticleText("t", text, DAY)).area_claims}


def test_a_list_near_the_border_then_north_of_a_city_was_liberated():
    assert places("Vesele, Zelene and Ternova near the border with Russia, north of Kharkiv, have all been "
                  "liberated by the Ukrainian army.") == {
        ("Vesele", "Ukraine", "liberated"), ("Zelene", "Ukraine", "liberated"), ("Ternova", "Ukraine", "liberated")}


def test_the_participle_heads_the_whole_list():
    assert places("Footage from liberated Balakliia, Kupiansk and Izium was shared on Sunday.") == {
        ("Balakliia", "Ukraine", "liberated"), ("Kupiansk", "Ukraine", "liberated"), ("Izium", "Ukraine", "liberated")}


def test_guard_names_before_a_plural_are_its_adjectives():
    assert places("Maps of the liberated Mykolaiv and Kherson settlements were published.") == {
        ("Mykolaiv", "Ukraine", "liberated")}


def test_recently_liberated_after_a_comma_tells_of_the_town_before():
    assert places("Soldiers rested in the city of Balakliia, recently liberated by the Armed Forces of Ukraine, on "
                  "a quiet morning.") == {("Balakliia", "Ukraine", "liberated")}


def test_appropriating_square_kilometres_is_a_gain():
    assert areas("Moscow sped up its seizures in October, appropriating some 430 square kilometres, analysts "
                 "said.") == {("Russia", "area_gained", 430)}


def test_guard_appropriating_a_budget_is_no_ground():
    assert areas("The government appropriated 5 percent of its budget for drones.") == set()


def test_positions_at_a_towns_regional_airport_are_not_the_town():
    assert places("Satellite images showed that Russian troops had abandoned their positions at the Kramatorsk "
                  "regional airport.") == set()


def test_guard_abandoning_the_town_itself_is_a_withdrawal():
    assert places("Satellite images showed that Russian troops had abandoned Kramatorsk.") == {
        ("Kramatorsk", "Ukraine", "withdrew")}


def test_an_occupied_city_in_apposition_is_held():
    assert places("In Berdiansk, an occupied port city on the Azov Sea, the mayor spoke to reporters.") == {
        ("Berdiansk", "Russia", "holds")}
