"""Extractor 0.71.46 (after 0.71.45), in sentences of our own (each fails on 0.71.45 unless marked a guard): an unknown
name with its kind after it ("captured Ostapivske settlement"); "is controlled entirely by the Russians"; "raised the
flag of Ukraine in A, B and C" (each place listed); '"X liberated," she wrote' (the telegraphic report before its
frame, and a short quotation before "wrote"); "taken under control the settlements of A and B"; a post-quotation
frame whose apposition lost its closing comma ('"...," Name, the head of the district told TV')."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places, said

DAY = datetime(2023, 8, 16)


def test_an_unknown_name_with_its_kind_after_it():
    text = "Russia's defence ministry claimed its troops captured Zarichanske settlement within Donetsk region."
    assert place_controllers(text, DAY) == {("Zarichanske", "Russia")}


def test_controlled_entirely_by():
    text = "“Toshkivka is controlled entirely by the Russians,” the district head Ivan Petrenko said."
    assert place_controllers(text, DAY) == {("Toshkivka", "Russia")}


def test_the_flag_of_ukraine_in_a_list():
    text = "Ukrainian forces have raised the flag of Ukraine in Balakliia, Verkhovyi Yar and Shevchenkove."
    assert place_controllers(text, DAY) == {("Balakliia", "Ukraine"), ("Verkhovyi Yar", "Ukraine"),
                                            ("Shevchenkove", "Ukraine")}


def test_a_flag_in_a_ceremony_abroad():
    # guard: a flag raised at a ceremony names no place taken
    assert place_controllers("Diplomats raised the flag of Ukraine at a ceremony in Brussels.", DAY) == set()


def test_a_telegraphic_report_before_its_frame():
    text = "\"Robotyne liberated,\" Hanna Maliar wrote on Telegram."
    assert places(text, DAY) == {("Robotyne", "Ukraine", "asserted", "Hanna Maliar")}


def test_taken_under_control_the_settlements_of():
    text = "The ministry said Russian troops had taken under control the settlements of Shchastia and Stanytsia Luhanska."
    assert place_controllers(text, DAY) == {("Shchastia", "Russia"), ("Stanytsia Luhanska", "Russia")}


def test_a_frame_whose_apposition_lost_its_comma():
    text = ("“Toshkivka is now controlled by the Russians,” Ivan Petrenko, the head of the Sievierodonetsk district "
            "told Ukrainian television.")
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]


def test_an_event_before_the_role_is_no_speaker():
    # guard: "At the Munich Security Forum, the head of ... urged": the forum does not speak
    text = ("At the recent Munich Security Forum, the head of Estonia's intelligence service urged agencies to act "
            "against Russia.")
    assert "Munich Security Forum" not in [s for s, _q in said(text, DAY)]
