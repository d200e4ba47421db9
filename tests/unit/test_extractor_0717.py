"""Extractor 0.70.17: from held back 85's misses after its scoring, and from the pooled parts' speakers, in sentences of
our own (each case fails on 0.70.16)."""
from __future__ import annotations

from datetime import datetime

from tests.unit.extraction_helpers import place_controllers, run, said


DAY = datetime(2025, 3, 1)   # the date the cases below are published on unless they name one


def speakers(text: str, day: datetime = DAY) -> list[str]:
    return [s for s, _ in said(text, day)]


def test_newspapers_whose_names_begin_with_the_keep_it():
    assert speakers("Moscow has lost half of the land it seized, the Guardian reported.") == ["The Guardian"]
    assert speakers("Russia may attack Zaporizhzhia next, the Economist reported, citing an official.") == [
        "The Economist"]


def test_a_spokesman_named_in_full_is_not_a_namesake_with_another_first_name():
    text = ("Vladyslav Voloshyn, spokesman for the Southern Defence Forces, said the army had pulled back. "
            "Voloshyn added that the enemy kept attacking.")
    assert set(speakers(text)) == {"Vladyslav Voloshyn"}


def test_an_office_or_country_name_before_a_person_is_not_part_of_the_name():
    text = "EU High Representative for Foreign Affairs Kaja Kallas said the bloc would keep up the pressure."
    assert speakers(text) == ["Kaja Kallas"]
    text = "Ukraine's ambassador to the United States Oksana Markarova said the aid was vital."
    assert speakers(text) == ["Oksana Markarova"]
    text = "Commissioner for Children\u2019s Rights Maria Lvova-Belova said the children were safe."
    assert speakers(text) == ["Maria Lvova-Belova"]
    text = "The Quincy Institute\u2019s Anatol Lieven said talks were needed."
    assert speakers(text) == ["Anatol Lieven"]


def test_mp_journalist_and_professor_are_titles():
    assert speakers("MP Yaroslav Zheleznyak said the bill had passed.") == ["Yaroslav Zheleznyak"]
    assert speakers("Journalist Alyona Panina said the town was shelled all night.") == ["Alyona Panina"]
    assert speakers("Professor Alexander Gusev said the conflict was a proxy war.") == ["Alexander Gusev"]


def test_a_named_persons_press_service_speaks_for_him():
    text = "Prigozhin\u2019s press service said the Wagner fighters had taken the salt mines."
    assert speakers(text, datetime(2023, 1, 11)) == ["Yevgeny Prigozhin"]


def test_according_to_a_declaration_from_or_a_report_released_by_a_body():
    text = "According to a declaration from Ukraine\u2019s General Staff, the troops reclaimed two villages."
    assert speakers(text) == ["Ukrainian General Staff"]
    text = ("According to a report released earlier this week by Britain's defence intelligence agency, Russia has "
            "more troops in the east.")
    assert speakers(text) == ["UK Ministry of Defence"]


def test_according_to_x_a_named_official_acknowledged_that_is_the_officials():
    text = ("According to lawmaker Yaroslav Zhelezniak, Finance Minister Serhiy Marchenko has acknowledged that the "
            "army needs more money.")
    assert said(text, DAY) == [("Serhiy Marchenko", "the army needs more money.")]


def test_villages_relinquished_to_a_sides_control_were_taken_by_it():
    text = "The villages of Novomykhailivka and Pobieda have now been relinquished to Russian control."
    assert place_controllers(text, datetime(2024, 4, 20)) == {("Novomykhailivka", "Russia"), ("Pobieda", "Russia")}


def test_a_pair_before_which_a_side_took_are_both_taken():
    text = "There was fighting around Popasna and Rubizhne, which Russia took earlier in May."
    assert place_controllers(text, datetime(2022, 6, 1)) == {("Popasna", "Russia"), ("Rubizhne", "Russia")}


def test_the_liberation_of_other_settlements_is_not_said_of_the_town_before():
    text = ("In Russia, officials commented on the loss of Lyman, which is an important city for the liberation of "
            "other settlements in the region.")
    assert [c.action for c in run(text, datetime(2022, 10, 2)).place_claims if c.action == "liberated"] == []
