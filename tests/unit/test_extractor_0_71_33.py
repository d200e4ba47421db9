"""Extractor 0.71.33 (after 0.71.32), in sentences of our own (each fails on 0.71.32 unless marked a guard): "these
settlements are not under Russian control" denies it of the list the sentence before ended on; "the island" is the
island the text named, and only one named as an island; a verdict on a claim ends where its teller asserts its own
("dismissed by Kyiv as it claimed that ..."); a quotation that opens on the object ('retook "A, B and C."') still
names the places."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places

DAY = datetime(2022, 6, 30)


def test_these_settlements_are_not_under_russian_control():
    text = ('"Shelling has hit Zhuravka and Veselivka, as well as Basivka and Novenke," the governor Oleh Hryhorov '
            'said. He added that these settlements are not under Russian control.')
    assert {(p, c, s) for p, c, s, _cl in places(text, DAY)} >= {("Basivka", "Russia", "denied"),
                                                                 ("Novenke", "Russia", "denied")}


def test_the_settlements_plain_is_not_read_back():
    # guard: a plain "the settlements" names no list of the sentence before
    text = ('"Shelling has hit Zhuravka and Veselivka," the governor said. The settlements are under Russian '
            'control, a blogger claimed.')
    assert places(text, DAY) == set()


def test_the_island_is_the_island_named():
    text = ("Russian forces left Snake Island on Thursday, the Ukrainian military said. The president's chief of "
            "staff said later that the Russian forces had withdrawn from the island after a tough fight.")
    assert {p for p, _c in place_controllers(text, DAY)} == {"Snake Island"}
    assert len(places(text, DAY)) == 2


def test_the_island_is_no_town():
    # guard: "the island" never stands for a town named before it
    text = ("Shelling hit Kherson on Monday. Ukrainian troops later said they had withdrawn from the island in the "
            "Dnipro delta.")
    assert places(text, DAY) == set()


def test_a_verdict_ends_where_the_teller_claims_its_own():
    text = ("Moscow's talk of a goodwill gesture was dismissed by Kyiv as it claimed that Ukrainian forces had pushed "
            "the Russians out of Snake Island.")
    assert {(p, s) for p, _c, s, _cl in places(text, DAY)} == {("Snake Island", "asserted")}


def test_a_quotation_opening_on_the_object():
    text = 'According to recent reports, Ukraine has retaken "Vysokopillia, Bilohirka and Sukhyi Stavok."'
    assert place_controllers(text, datetime(2022, 9, 6)) == {("Vysokopillia", "Ukraine"), ("Bilohirka", "Ukraine"),
                                                             ("Sukhyi Stavok", "Ukraine")}
