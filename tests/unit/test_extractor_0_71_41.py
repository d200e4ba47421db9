"""Extractor 0.71.41 (after 0.71.40), in sentences of our own (each fails on 0.71.40 unless marked a guard): a wire's
bracketed compass point after an item's region ("in Kharkiv region (northeast)") keeps the list going; "according to
the X's daily report" is the source phrase, not a verb "report"; a region's name before an apposition's noun ("the
largest Donbas city still held by Ukraine"); "fell back from" is a withdrawal; "dismissed a statement by the defence
minister that ..." tells the minister's claim (an office resolved to its holder on the day); "dismissed reports that
X" says X is untrue; "according to a claim by", "geolocation evidence collected by" and "the Washington, DC-based"
name the source; "went on to describe X as"."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, places, run, said, speakers

DAY = datetime(2024, 2, 20)


def test_a_bracketed_compass_point_inside_a_list():
    text = ("Russia's defence ministry said its forces captured the village of Tabaivka in Kharkiv region (northeast) "
            "and Vodiane in Donetsk region (east).")
    assert place_controllers(text, DAY) == {("Tabaivka", "Russia"), ("Vodiane", "Russia")}


def test_a_daily_report_is_no_verb():
    text = ("According to the Defence Ministry's daily report yesterday, Moscow's troops had taken the village of "
            "Tabaivka.")
    assert len(run(text, DAY).statements) == 1
    assert {c for _p, _ctl, _s, c in places(text, DAY)} == {"Defence Ministry"}


def test_a_region_name_before_the_apposition_noun():
    text = "Shelling hit Kostiantynivka, the largest Donetsk town still held by Ukraine, overnight."
    assert place_controllers(text, DAY) == {("Kostiantynivka", "Ukraine")}


def test_a_region_name_after_of_is_no_apposition():
    # guard: the place after "of" in the noun phrase is not the apposition's holder
    text = "Shelling hit the outskirts of Kostiantynivka in the night, officials said."
    assert place_controllers(text, DAY) == set()


def test_fell_back_from_is_a_withdrawal():
    text = "The Ukrainian army said on Thursday that its units had fallen back from the village of Tabaivka."
    assert place_controllers(text, DAY) == {("Tabaivka", "Russia")}


def test_a_statement_by_an_office_holder_that():
    text = ("Kyiv's southern command dismissed a statement by Russia's defence minister that Moscow's troops had "
            "taken full control of the village of Krynky.")
    assert ("Krynky", "Russia", "asserted", "Sergei Shoigu") in places(text, DAY)


def test_dismissed_reports_that():
    text = "The Ukrainian army dismissed reports that the village of Tabaivka had fallen."
    assert speakers(text) == {"Ukrainian General Staff"}


def test_dismissed_without_a_claim_noun():
    # guard: "dismissed" an official is no statement
    text = "Zelensky dismissed the commander of the eastern grouping on Friday."
    assert run(text, DAY).statements == []


def test_according_to_a_claim_by():
    text = "A sabotage group had crossed the border overnight, according to a claim by the governor Ivan Petrenko."
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]


def test_evidence_collected_by_a_city_based_institute():
    text = ("Russian forces took 3,900 square kilometers in 2024, according to geolocation evidence collected by "
            "the Washington, DC-based Institute for the Study of War.")
    assert [s for s, _q in said(text, DAY)] == ["Institute for the Study of War"]


def test_went_on_to_describe():
    text = "The regional governor, Ivan Petrenko, went on to describe the situation in the border villages as tense."
    assert [s for s, _q in said(text, DAY)] == ["Ivan Petrenko"]
