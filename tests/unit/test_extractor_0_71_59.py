"""Extractor 0.71.59 (after 0.71.58), in sentences of our own (each fails on 0.71.58 unless marked a guard): "N more
settlements remain under occupation" is a holding; "a town six miles to the north" locates a place; "the Kursk town
X" names X; "the advancement over N sq km"; a figure between dashes after an adjective participle's noun takes the
verb after it; "announced this today in X, before ..." credits the sentence before; a pronoun closing its frame is
not a name inside its content; an unnamed official's admission goes to the official named next; "X, one of three
cities under Russian control"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import areas, places, said

DAY = datetime(2023, 6, 13)


def test_more_settlements_remain_under_occupation():
    text = 'The governor said: "About 40 more settlements remain under temporary occupation."'
    assert areas(text, DAY) == {("settlements_controlled", "Russia", 40.0)}


def test_more_villages_newly_controlled():
    # guard: "controls two more villages" is still what was just taken
    text = "Russian forces now control two more villages in the Luhansk region, the ministry said."
    assert areas(text, DAY) == {("settlements_gained", "Russia", 2.0)}


def test_a_town_located_by_a_compass_point():
    text = "The legion says it has taken Kozinka and is advancing to Grayvoron, a small town about six miles to the east."
    assert areas(text, DAY) == set()


def test_a_depth_with_a_compass_point():
    # guard: an advance's own direction is no place's location
    text = "Ukrainian troops advanced about six miles to the south, the general said."
    assert {m for m, _c, _v in areas(text, DAY)} == {"advance_depth"}


def test_the_region_town_name():
    text = "The volunteers said they had liberated the Kursk village Tyotkino on Tuesday."
    assert {p for p, _c, _s, _cl in places(text, DAY)} == {"Tetkino"}


def test_the_advancement_over_an_area():
    text = ("Deputy Minister Hanna Maliar said the week's fighting near Bakhmut had resulted in the advancement over "
            "about four square kilometres of territory.")
    assert areas(text, DAY) == {("area_gained", "Ukraine", 4.0)}


def test_a_figure_between_dashes_after_an_adjective_participle():
    text = "The general said that the formerly occupied land\u2014about 300 square kilometres\u2014had been liberated."
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_gained"}


def test_the_liberated_area_is():
    # guard: with no verb after the figure, the participle before its noun stays the cue
    text = "The minister said that in total the liberated area is 31 square kilometres."
    assert {m for m, _c, _v in areas(text, DAY)} == {"area_gained"}


def test_announced_this_today_before_a_meeting():
    text = ("The alliance will send more air defence systems to Ukraine within weeks.\nNATO Secretary General Mark Rutte "
            "announced this today in Brussels, before the start of the ministers' meeting, Ukrinform reports.")
    assert said(text) == [("Mark Rutte", "The alliance will send more air defence systems to Ukraine within weeks.")]


def test_a_closing_pronoun_is_not_the_name_inside_its_content():
    text = ("Kremlin spokesman Dmitry Peskov said the talks were over. President Vladimir Putin is kept informed of every "
            "development, he added.")
    assert {s for s, _q in said(text)} == {"Dmitry Peskov"}


def test_an_unnamed_officials_admission_named_next():
    text = ("A Russian-installed official has acknowledged that Moscow's troops have left the village of Robotyne.\n"
            "Yevgeny Balitsky, the Moscow-installed head of the region, said on television that it was a tactical move.")
    assert ("Yevgeny Balitsky", "Moscow's troops have left the village of Robotyne.") in said(text)


def test_one_of_the_counted_cities_under_control():
    text = "The road runs to Berdiansk, one of three port cities under Russian control, along the coast."
    assert places(text, DAY) == {("Berdiansk", "Russia", "asserted", None)}


def test_an_appointed_official_is_not_the_next_unknown_speaker():
    # guard: the next person named, of no known side, is not "a Russian-appointed official"
    text = ("Nobody was killed, but a Russian-appointed official said two people had been wounded. A Crimean Tatar "
            "leader, Refat Chubarov, said the blasts were a hit.")
    assert ("Refat Chubarov", "two people had been wounded.") not in said(text)
