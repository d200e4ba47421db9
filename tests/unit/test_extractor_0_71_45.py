"""Extractor 0.71.45 (after 0.71.44), in sentences of our own (each fails on 0.71.44 unless marked a guard): "A and B in
the X municipality, and C and D in the Y municipality" keeps the list; "moved to new lines west of A, B and C" is a
withdrawal from them; a shared name takes the oblast of the known places listed with it; dpa in the actor seeds;
"according to a video published by X"; "Name, head of the regional council recently claimed" (the apposition's
closing comma left out)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, run, said

DAY = datetime(2024, 4, 29)


def test_items_in_municipalities():
    text = ("Officials confirmed that Russian forces had taken over four localities: Novenke and Basivka in the "
            "Yunakivka municipality, and Veselivka and Zhuravka in the Khotin municipality.")
    assert {p for p, _c in place_controllers(text, DAY)} == {"Novenke", "Basivka", "Veselivka", "Zhuravka"}


def test_moved_to_new_lines_west_of():
    text = "“Ukrainian units moved to new lines west of Berdychi and Novomykhailivka,” the commander said."
    assert place_controllers(text, DAY) == {("Berdychi", "Russia"), ("Novomykhailivka", "Russia")}


def test_moved_to_a_city_is_no_withdrawal():
    # guard: units moving to a place leave nothing
    assert place_controllers("Our units moved to Kramatorsk on Monday, the commander said.", DAY) == set()


def test_a_shared_name_in_the_oblast_of_its_list():
    text = "“Ukrainian units moved to new lines west of Berdychi, Semenivka and Novomykhailivka,” the commander said."
    assert {(p.place, p.region) for p in run(text, DAY).place_claims} == {
        ("Berdychi", "Donetsk Oblast"), ("Semenivka", "Donetsk Oblast"), ("Novomykhailivka", "Donetsk Oblast")}


def test_a_shared_name_alone_keeps_the_gazetteer_pick():
    # guard: with no list around it the town of the name stays the pick
    assert {p.region for p in run("Russian troops captured Semenivka, the ministry said.", DAY).place_claims} == {
        "Chernihiv Oblast"}


def test_dpa():
    text = "According to the German press agency dpa, the chancellor is ready to release the frozen assets."
    assert [s for s, _q in said(text, DAY)] == ["dpa"]


def test_a_video_published_by():
    text = ("Ukrainian troops have liberated the village of Makiivka, according to a video published by the Luhansk "
            "Regional Military Administration.")
    assert [s for s, _q in said(text, DAY)] == ["Luhansk Regional Military Administration"]


def test_an_apposition_without_its_closing_comma():
    # guard: the reading 0.71.45 adds for a role's phrase the gazetteer takes for a name keeps this one
    text = ("Ivan Petrenko, head of the Dnipropetrovsk regional council recently claimed that Ukrainian forces had "
            "retaken two villages.")
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]


def test_a_place_before_the_role_is_no_speaker():
    # guard: a place's name before the comma does not speak
    text = "In Kramatorsk, head of the city council Ivan Petrenko said that the shelling went on."
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]
