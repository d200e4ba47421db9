"""Extractor 0.71.85 (after 0.71.84), in sentences of our own (each fails on 0.71.84 unless marked a guard):
"de-occupied A, B and C" before bare names; "dislodged Russian troops from A, B and C" names the places in their
Russian spellings too ("-ki" is Ukrainian "-ky"); "The liberated areas include A, B and C" lists the places the
sentence before counted; "abandoned a disastrous assault on the capital Kyiv" leaves no place; in "Bucha near Kyiv,
which was liberated", the clause tells of Bucha."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers

DAY = datetime(2022, 9, 12)


def test_de_occupied_before_bare_names():
    text = "The Ukrainian Armed Forces de-occupied Vysokopillia, Bilohirka and Myroliubivka."
    assert place_controllers(text, DAY) == {("Vysokopillia", "Ukraine"), ("Bilohirka", "Ukraine"),
                                            ("Myroliubivka", "Ukraine")}


def test_the_de_occupied_city_stays_an_attributive():
    # guard: "the de-occupied X" is read as before (an attributive)
    text = "He visited the de-occupied Izium on Monday."
    assert place_controllers(text, DAY) == {("Izium", "Ukraine")}


def test_dislodged_from_russian_spellings():
    text = ("\u201cOur troops dislodged Russian troops from Bezruki, Slatine and Prudyanka,\u201d Kharkiv governor "
            "Oleh Syniehubov said.")
    assert place_controllers(text, DAY) == {("Bezruky", "Ukraine"), ("Slatyne", "Ukraine"), ("Prudianka", "Ukraine")}


def test_the_liberated_areas_include():
    text = ("Ukrainian forces have liberated eight localities in two weeks. The liberated areas include Novodarivka, "
            "Levadne and Lobkove.")
    assert place_controllers(text, DAY) == {("Novodarivka", "Ukraine"), ("Levadne", "Ukraine"),
                                            ("Lobkove", "Ukraine")}


def test_an_abandoned_assault_leaves_no_place():
    text = "It was the biggest shift since Russian forces abandoned a disastrous assault on the capital Kyiv in March."
    assert place_controllers(text, DAY) == set()


def test_a_relative_after_a_bare_locative():
    text = "The mayor of Bucha near Kyiv, which was liberated on Thursday, said hundreds had been killed."
    assert place_controllers(text, DAY) == {("Bucha", "Ukraine")}
